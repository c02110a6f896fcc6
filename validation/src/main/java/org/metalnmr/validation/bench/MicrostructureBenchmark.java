package org.metalnmr.validation.bench;

import java.util.concurrent.TimeUnit;

import org.metalnmr.core.materials.Materials;
import org.metalnmr.core.nuclei.Nuclei;
import org.metalnmr.core.spectrum.SpectralAxis;
import org.metalnmr.microstructure.field.B0Axis;
import org.metalnmr.microstructure.generate.HexCylinderArray;
import org.metalnmr.microstructure.grid.VoxelMicrostructure;
import org.metalnmr.microstructure.spectrum.MicrostructureSpectrum;
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
 * The spectrum of the LiMetalNMR standard case (hexagonal Li cylinders r = h = 10 um, spacing 30 um, on a 20 um slab,
 * 128 um box) on an N^3 grid, 2 threads: field solve (periodic lateral FFT, padded normal), exact distance transform,
 * complex skin-layer weights, histogram and broadening ({@link MicrostructureSpectrum#compute}); the voxelised patch
 * is generated in the set-up. LiMetalNMR's figure on this machine (issue 16): 44 s and 1.47 GiB at 256^3.
 * Time and peak RSS of the whole command per grid: {@code microstructure/measure.sh}.
 *
 * <p>Run: {@code java -cp <validation classpath> org.openjdk.jmh.Main MicrostructureBenchmark} (add {@code -p n=512} for
 * 512^3: the fork has a 3400 MiB heap, enough for it).</p>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = {"-Xmx3400m"})
public class MicrostructureBenchmark {

    /** Voxels per axis of the 128 um box. */
    @Param({"128", "256"})
    public int n;

    /** B0 along the slab normal (z) or across it (x). */
    @Param({"z", "x"})
    public String b0;

    private VoxelMicrostructure patch;
    private MicrostructureSpectrum model;

    /** Generates the patch and configures the model. */
    @Setup
    public void setUp() {
        patch = HexCylinderArray.standardCase(n, 20e-6).generate();
        B0Axis axis = b0.equals("z") ? B0Axis.Z : B0Axis.X;
        model = new MicrostructureSpectrum(Materials.byName("Li"), Nuclei.bySymbol("7Li"), 9.4, 293, axis, axis == B0Axis.Z ? 0 : 1,
                SpectralAxis.ppmOnly(3001, 300, 200), 1.0, 2);
    }

    /** @return the result (consumed by JMH) */
    @Benchmark
    public MicrostructureSpectrum.Result spectrum() {
        return model.compute(patch);
    }
}
