package org.metalnmr.validation.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.metalnmr.core.error.MetalNmrException;
import org.metalnmr.spectra.io.LabelledSpectrum;
import org.metalnmr.spectra.io.ReadOptions;
import org.metalnmr.spectra.io.SpectrumReaders;
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
import org.metalnmr.validation.ValidationMessage;

/**
 * Reading the 300-experiment operando series ({@code data/operando-li-li/bruker}) through
 * {@link SpectrumReaders}: the processed {@code 1r}/{@code 1i} with {@code procs}, or every raw
 * {@code fid} processed here (LB, SI and TDeff from procs). Run with
 * {@code java -cp <validation classpath> org.openjdk.jmh.Main ReaderBenchmark} from the repository
 * (the data are found by walking up to the folder that holds {@code data}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ReaderBenchmark {

    /** Which data of each experiment are read. */
    @Param({"processed", "raw"})
    public String source;

    private Path series;
    private ReadOptions options;

    /** Finds the data. */
    @Setup
    public void setUp() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("data/operando-li-li/bruker"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new MetalNmrException(ValidationMessage.BENCHMARK_DATA_NOT_FOUND, "data/operando-li-li");
        }
        series = dir.resolve("data/operando-li-li/bruker");
        options = source.equals("raw") ? ReadOptions.DEFAULT.withBrukerSource(ReadOptions.BrukerSource.RAW)
                : ReadOptions.DEFAULT;
    }

    /** @return the 300 spectra */
    @Benchmark
    public List<LabelledSpectrum> readOperandoSeries() {
        List<LabelledSpectrum> out = SpectrumReaders.read(series, options);
        if (out.size() != 300) {
            throw new MetalNmrException(ValidationMessage.BENCHMARK_SPECTRA_COUNT, "the operando series", 300, out.size());
        }
        return out;
    }
}
