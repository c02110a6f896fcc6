package org.metalnmr.validation.bench;

import java.util.concurrent.TimeUnit;

import org.metalnmr.core.constants.PhysicalConstants;
import org.metalnmr.rf.coil.B1Map;
import org.metalnmr.rf.coil.SolenoidCoil;
import org.metalnmr.rf.eddy.AppliedField2D;
import org.metalnmr.rf.eddy.CircleSection;
import org.metalnmr.rf.eddy.ConductorLayout;
import org.metalnmr.rf.eddy.ConductorRegion;
import org.metalnmr.rf.eddy.EddyCurrentProblem2D;
import org.metalnmr.rf.eddy.EddyCurrentSolution2D;
import org.metalnmr.rf.eddy.EddyCurrentSolver2D;
import org.metalnmr.rf.eddy.RectilinearGrid2D;
import org.metalnmr.rf.linalg.ProgressListener;
import org.metalnmr.rf.potential.AppliedField3D;
import org.metalnmr.rf.potential.MetalMask;
import org.metalnmr.rf.potential.PotentialSolution3D;
import org.metalnmr.rf.potential.PotentialSolver3D;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The numerical RF solvers at two sizes each: the 2D eddy-current solver (cylinder of diameter 2d
 * in a transverse field, finest spacing a/8 or a/16, see {@link #eddyLevel}), the 3D potential solver
 * (a sphere at {@link #voxelsPerRadius} voxels per radius in a box of half-width 2a), and the coil
 * map (10^5 B1 lookups, and the direct Biot-Savart sum at 10^3 points for comparison).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
public class RfSolverBenchmark {

    /** Refinements of the 2D base grid (finest spacing a/4, halved per level). */
    @Param({"1", "2"})
    public int eddyLevel;

    /** Voxels per sphere radius of the 3D solve. */
    @Param({"8", "16"})
    public int voxelsPerRadius;

    private EddyCurrentProblem2D eddy;
    private MetalMask sphere;
    private B1Map map;
    private SolenoidCoil coil;
    private double[] points;

    /** Builds the problems. */
    @Setup(Level.Trial)
    public void setUp() {
        double d = 1e-5;
        double f = 1e8;
        double sigma = 2 / (2 * Math.PI * f * PhysicalConstants.MU0 * d * d);
        ConductorLayout cyl = ConductorLayout.of(new ConductorRegion("cyl", new CircleSection(0, 0, d), sigma));
        AppliedField2D field = AppliedField2D.inPlane(0);
        RectilinearGrid2D g = RectilinearGrid2D.graded(cyl, field, d / 4, 1.3, RectilinearGrid2D.DEFAULT_FAR_FACTOR);
        for (int k = 0; k < eddyLevel; k++) {
            g = g.refined();
        }
        eddy = new EddyCurrentProblem2D(cyl, g, f, field);
        double a = 1e-3;
        double h = a / voxelsPerRadius;
        int n = 4 * voxelsPerRadius;
        sphere = new MetalMask.Builder(n, n, n, h, new double[] {0, 0, 0}).add("s", MetalMask.Solid.sphere(0, 0, 0, a)).build();
        coil = SolenoidCoil.of(16e-3, 20e-3, 8);
        map = B1Map.sample(coil, new double[] {-6e-3, -5e-3, -5e-3}, new double[] {6e-3, 5e-3, 5e-3}, 0.25e-3,
                ProgressListener.NONE);
        java.util.Random rnd = new java.util.Random(1);
        points = new double[3 * 100_000];
        for (int i = 0; i < points.length; i++) {
            points[i] = (rnd.nextDouble() - 0.5) * 8e-3;
        }
    }

    /** @return the 2D solution */
    @Benchmark
    public EddyCurrentSolution2D eddyCurrent2D() {
        return new EddyCurrentSolver2D().solve(eddy);
    }

    /** @return the 3D solution */
    @Benchmark
    public PotentialSolution3D potential3D() {
        return new PotentialSolver3D().solve(sphere, AppliedField3D.uniform(new double[] {1, 0, 0}));
    }

    /** @param bh sink for the 10^5 interpolated fields */
    @Benchmark
    public void b1MapLookups100k(Blackhole bh) {
        double[] b = new double[3];
        for (int i = 0; i < points.length; i += 3) {
            map.field(points[i], points[i + 1], points[i + 2], b);
            bh.consume(b[0]);
        }
    }

    /** @param bh sink for 10^3 direct Biot-Savart fields (576 segments each) */
    @Benchmark
    public void biotSavartDirect1k(Blackhole bh) {
        double[] b = new double[3];
        for (int i = 0; i < 3000; i += 3) {
            coil.fieldPerAmpere(points[i], points[i + 1], points[i + 2], b);
            bh.consume(b[0]);
        }
    }
}
