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
 * The voxel field solve on an N^3 box (FFT grid N^3, N counts the whole box), dipole kernel, 2 threads,
 * as {@link FieldSolvePlan#solveRaw}: real-to-complex 3D FFT, product with the kernel spectrum, inverse
 * FFT; the kernel spectrum is built once in the set-up, outside the timing. Two jobs ({@code job}):
 * <ul>
 * <li>{@code box}: random susceptibility (fixed seed) in every voxel of the box, shift wanted everywhere
 * (no structure to exploit; {@code padded = true} pads to 2N per axis instead, the library default);</li>
 * <li>{@code field}: the {@code field} command's job: random susceptibility in the central (N/2)^3 block
 * (the body spans half the box), zero elsewhere, shift wanted on that block. With the own engine this
 * is {@link VoxelFieldSolver#planInBox} (the pruned FFT); with JTransforms the whole box is transformed
 * (the unpruned path, for comparison).</li>
 * </ul>
 * {@code engine}: the FFT ({@link FftEngine}: own batched FFT or JTransforms). The same jobs in
 * numpy/scipy.fft: {@code validation/scripts/field_solver_numpy.py}; both are timed in one run by
 * {@code validation/scripts/compare_field_solver.sh}.
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

    /** The job: box (random chi everywhere) or field (chi in the central half block, shift wanted there). */
    @Param({"box", "field"})
    public String job;

    /** Whether the solver zero-pads to 2N (job box only). */
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
        FieldKernel k = kernel.equals("cell") ? FieldKernel.CELL_AVERAGED : FieldKernel.DIPOLE_K_SPACE;
        FftEngine e = engine.equals("own") ? FftEngine.OWN : FftEngine.JTRANSFORMS;
        VoxelFieldSolver solver = VoxelFieldSolver.create().withKernel(k).withZeroPadding(padded).withThreads(2).withFftEngine(e);
        Random rnd = new Random(20261121L);
        if (job.equals("box")) {
            double[] chi = new double[n * n * n];
            for (int i = 0; i < chi.length; i++) {
                chi[i] = 1e-5 * rnd.nextDouble();
            }
            plan = solver.plan(n, n, n, h, h, h);
            grid = new ChiGrid(n, n, n, h, h, h, chi);
        } else if (engine.equals("own")) {
            int b = n / 2;
            double[] chi = new double[b * b * b];
            for (int i = 0; i < chi.length; i++) {
                chi[i] = 1e-5 * rnd.nextDouble();
            }
            plan = solver.planInBox(b, b, b, h, h, h, n, n, n);
            grid = new ChiGrid(b, b, b, h, h, h, chi);
        } else {
            double[] chi = new double[n * n * n];
            for (int z = n / 4; z < n / 4 + n / 2; z++) {
                for (int y = n / 4; y < n / 4 + n / 2; y++) {
                    for (int x = n / 4; x < n / 4 + n / 2; x++) {
                        chi[x + n * (y + n * z)] = 1e-5 * rnd.nextDouble();
                    }
                }
            }
            plan = solver.withZeroPadding(false).plan(n, n, n, h, h, h);
            grid = new ChiGrid(n, n, n, h, h, h, chi);
        }
    }

    /** @return the shift map */
    @Benchmark
    public double[] solve() {
        return plan.solveRaw(grid);
    }
}
