package org.metalnmr.validation.bench;

import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.jtransforms.fft.DoubleFFT_3D;
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

import pl.edu.icm.jlargearrays.ConcurrencyUtils;

/**
 * The voxel field solve on an N^3 box (no extra padding, as the {@code field} command runs it):
 * real-to-complex 3D FFT, product with the kernel spectrum, inverse FFT, 2 threads. The input is a
 * random susceptibility filling the whole box (fixed seed), so no zero plane can be skipped.
 *
 * <p>engine = {@code own}: {@link FieldSolvePlan#solveRaw} (the solver as shipped, batched mixed-radix
 * FFT). engine = {@code jtransforms}: JTransforms 3.1 {@code DoubleFFT_3D.realForward} followed by
 * {@code realInverse} on the same array, 2 threads, without the kernel product: a lower bound for
 * the same job done with JTransforms (the product costs a few percent), kept as the measured reason for
 * the FFT choice. Compare with {@code validation/scripts/field_solver_numpy.py} through
 * {@code validation/scripts/compare_field_solver.sh}.</p>
 *
 * <p>Run: {@code java -cp <validation classpath> org.openjdk.jmh.Main FieldSolverBenchmark}.</p>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx6g"})
public class FieldSolverBenchmark {

    /** Voxels per axis. */
    @Param({"64", "128", "256"})
    public int n;

    /** FFT implementation. */
    @Param({"own", "jtransforms"})
    public String engine;

    /** Kernel (the cost does not depend on it once its spectrum is built). */
    @Param({"dipole"})
    public String kernel;

    private FieldSolvePlan plan;
    private ChiGrid grid;
    private DoubleFFT_3D jt;
    private double[] input;
    private double[] work;

    /** Builds the plan (kernel spectrum) and the random input. */
    @Setup
    public void setUp() {
        double h = 1e-6;
        double[] chi = new double[n * n * n];
        Random rnd = new Random(20261121L);
        for (int i = 0; i < chi.length; i++) {
            chi[i] = 1e-5 * rnd.nextDouble();
        }
        input = chi;
        if (engine.equals("own")) {
            FieldKernel k = kernel.equals("cell") ? FieldKernel.CELL_AVERAGED : FieldKernel.DIPOLE_K_SPACE;
            plan = VoxelFieldSolver.create().withKernel(k).withZeroPadding(false).withThreads(2).plan(n, n, n, h, h, h);
            grid = new ChiGrid(n, n, n, h, h, h, chi);
        } else {
            ConcurrencyUtils.setNumberOfThreads(2);
            jt = new DoubleFFT_3D(n, n, n);
            work = new double[chi.length];
        }
    }

    /** @return the shift map (or the round-tripped array) */
    @Benchmark
    public double[] solve() {
        if (plan != null) {
            return plan.solveRaw(grid);
        }
        System.arraycopy(input, 0, work, 0, work.length);
        jt.realForward(work);
        jt.realInverse(work, true);
        return work;
    }
}
