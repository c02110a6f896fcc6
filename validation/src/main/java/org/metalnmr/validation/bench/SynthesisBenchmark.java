package org.metalnmr.validation.bench;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.metalnmr.core.lineshape.Lorentzian;
import org.metalnmr.core.synthesis.Acquisition;
import org.metalnmr.core.synthesis.SpectrumSynthesizer;
import org.metalnmr.core.synthesis.SpinPackets;
import org.metalnmr.core.synthesis.SpinPopulation;
import org.metalnmr.core.synthesis.SynthesisResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Spectrum synthesis of K spin packets (complex weights, shifts spread over 230-290 ppm) onto a
 * 16k-point axis with a Lorentzian lineshape. Target (issue 7): 1e7 packets in under one second
 * on 2 cores. The packets are built once (setup); the benchmark is the synthesis (deposit, FFT
 * convolution, phase).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g"})
public class SynthesisBenchmark {

    /** Number of packets. */
    @Param({"1000000", "10000000"})
    public int packets;

    private List<SpinPopulation> populations;
    private Acquisition acquisition;
    private SpectrumSynthesizer synthesizer;

    /** Builds the packets (seeded). */
    @Setup
    public void setUp() {
        SplittableRandom r = new SplittableRandom(42);
        double[] shift = new double[packets];
        double[] re = new double[packets];
        double[] im = new double[packets];
        for (int k = 0; k < packets; k++) {
            shift[k] = 230 + 60 * r.nextDouble();
            double phase = 0.25 * Math.PI * r.nextDouble();
            re[k] = Math.cos(phase);
            im[k] = -Math.sin(phase);
        }
        populations = List.of(new SpinPopulation("metal", new SpinPackets(shift, re, im), new Lorentzian(50)));
        acquisition = new Acquisition(40_000, 16384, BenchmarkSpectra.REFERENCE_HZ, 258, 5, 0, 0);
        synthesizer = new SpectrumSynthesizer();
    }

    /**
     * @return the synthesised spectrum
     */
    @Benchmark
    public SynthesisResult synthesize() {
        return synthesizer.synthesize(populations, acquisition);
    }
}
