package org.metalnmr.validation.bench;

import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.metalnmr.susceptibility.fft.FftEngine;
import org.metalnmr.susceptibility.voxel.ChiGrid;
import org.metalnmr.susceptibility.voxel.FieldKernel;
import org.metalnmr.susceptibility.voxel.FieldSolvePlan;
import org.metalnmr.susceptibility.voxel.VoxelFieldSolver;
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
 * The voxel field solve on an N^3 grid of random susceptibility (fixed seed): real-to-complex 3D FFT,
 * product with the kernel spectrum, inverse FFT, 2 threads, as {@link FieldSolvePlan#solveRaw}.
 * {@code padded = false}: the grid is the whole box (as the {@code field} command runs it; the same job
 * as {@code validation/scripts/field_solver_numpy.py}); {@code padded = true}: the solver pads to 2N per
 * axis (the library default). {@code engine}: the FFT ({@link FftEngine}: own batched FFT or JTransforms).
 * Compare with numpy through {@code validation/scripts/compare_field_solver.sh}.
 *
 * <p>Run: {@code java -cp <validation classpath> org.openjdk.jmh.Main FieldSolverBenchmark}.</p>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx8g"})
public class FieldSolverBenchmark {

    /** Voxels per axis. */
    @Param({"64", "128", "256"})
    public int n;

    /** FFT engine: own or jtransforms. */
    @Param({"own", "jtransforms"})
    public String engine;

    /** Whether the solver zero-pads to 2N. */
    @Param({"false"})
    public boolean padded;

    /** Kernel (the cost does not depend on it once its spectrum is built). */
    @Param({"dipole"})
    public String kernel;

    private FieldSolvePlan plan;
    private ChiGrid grid;

    /** Builds the plan (kernel spectrum) and the random input. */
    @Setup
    public void setUp() {
        double h = 1e-6;
        double[] chi = new double[n * n * n];
        Random rnd = new Random(20261121L);
        for (int i = 0; i < chi.length; i++) {
            chi[i] = 1e-5 * rnd.nextDouble();
        }
        FieldKernel k = kernel.equals("cell") ? FieldKernel.CELL_AVERAGED : FieldKernel.DIPOLE_K_SPACE;
        FftEngine e = engine.equals("own") ? FftEngine.OWN : FftEngine.JTRANSFORMS;
        plan = VoxelFieldSolver.create().withKernel(k).withZeroPadding(padded).withThreads(2).withFftEngine(e)
                .plan(n, n, n, h, h, h);
        grid = new ChiGrid(n, n, n, h, h, h, chi);
    }

    /** @return the shift map */
    @Benchmark
    public double[] solve() {
        return plan.solveRaw(grid);
    }
}
