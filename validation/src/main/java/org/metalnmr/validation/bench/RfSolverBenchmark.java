package org.metalnmr.validation.bench;

import java.util.concurrent.TimeUnit;

import java.util.ArrayList;
import java.util.List;
import org.metalnmr.core.constants.PhysicalConstants;
import org.metalnmr.core.materials.Materials;
import org.metalnmr.geometry.body.BoundingBox;
import org.metalnmr.geometry.cell.CellParameters;
import org.metalnmr.geometry.cell.CellPreset;
import org.metalnmr.geometry.cell.ChannelKey;
import org.metalnmr.geometry.cell.CellGeometry;
import org.metalnmr.geometry.cell.Solenoid;
import org.metalnmr.geometry.voxel.GridSpec;
import org.metalnmr.geometry.voxel.MaterialGrid;
import org.metalnmr.geometry.voxel.VoxelSource;
import org.metalnmr.geometry.voxel.Voxelizer;
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
 * ({@link Sphere}: a sphere at 8 or 16 voxels per radius in a box of half-width 2a; {@link CellStack}:
 * the metal of cell A or B on the forward model's RF grid, 150 um voxels, 1.8 M voxels), each with
 * the SSOR and the multigrid preconditioner, and the coil map (10^5 B1 lookups, and the direct
 * Biot-Savart sum at 10^3 points for comparison). Run the 3D ones alone with
 * {@code java -cp validation/target/metalnmr.jar org.openjdk.jmh.Main 'RfSolverBenchmark.potential3D.*'}.
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

    private EddyCurrentProblem2D eddy;
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

    /** A sphere of radius a = 1 mm in a box of half-width 2a, uniform field along x, tolerance 1e-8 (the solver's default). */
    @State(Scope.Benchmark)
    public static class Sphere {
        /** Voxels per sphere radius. */
        @Param({"8", "16"})
        public int voxelsPerRadius;

        /** Preconditioner. */
        @Param({"SSOR", "MULTIGRID"})
        public PotentialSolver3D.Preconditioning preconditioner;

        /** Threads of the grid sweeps. */
        @Param({"1"})
        public int threads;

        MetalMask mask;

        /** Builds the mask. */
        @Setup(Level.Trial)
        public void setUp() {
            double a = 1e-3;
            int n = 4 * voxelsPerRadius;
            mask = new MetalMask.Builder(n, n, n, a / voxelsPerRadius, new double[] {0, 0, 0})
                    .add("s", MetalMask.Solid.sphere(0, 0, 0, a)).build();
        }
    }

    /**
     * The metal of cell A or B (geometry defaults: Li 8 mm x 100 um, Ti foil, two 1 mm Cu collectors)
     * on the grid the forward model uses: 150 um voxels, a margin of 0.75 of the stack's largest extent
     * on every side (100 x 134 x 134 voxels), voxels at least 10 % metal are metal; uniform field
     * along the coil axis x, tolerance 1e-6 (toolkit.forward.CellRfField).
     */
    @State(Scope.Benchmark)
    public static class CellStack {
        /** The cell. */
        @Param({"A", "B"})
        public String cell;

        /** Preconditioner. */
        @Param({"SSOR", "MULTIGRID"})
        public PotentialSolver3D.Preconditioning preconditioner;

        /** Threads of the grid sweeps. */
        @Param({"1"})
        public int threads;

        MetalMask mask;

        /** Builds the mask. */
        @Setup(Level.Trial)
        public void setUp() {
            double h = 150e-6;
            CellGeometry scene = CellGeometry.of(Solenoid.defaults(), CellParameters.defaults(CellPreset.valueOf(cell)).build());
            List<VoxelSource> metal = new ArrayList<>();
            List<String> names = new ArrayList<>();
            BoundingBox box = null;
            for (VoxelSource s : scene.voxelSources(ChannelKey.PART)) {
                if (Materials.byName(s.material()).metal()) {
                    metal.add(s);
                    if (!names.contains(s.channel())) {
                        names.add(s.channel());
                    }
                    box = box == null ? s.body().boundingBox() : box.union(s.body().boundingBox());
                }
            }
            double extent = Math.max(box.maxX() - box.minX(), Math.max(box.maxY() - box.minY(), box.maxZ() - box.minZ()));
            GridSpec grid = GridSpec.covering(box, h, 0.75 * extent);
            MaterialGrid fractions = Voxelizer.defaults().voxelizeSources(metal, grid);
            mask = MetalMask.fromMaterialGrid(fractions, names, 0.1);
        }
    }

    /**
     * @param s the sphere
     * @return the 3D solution
     */
    @Benchmark
    public PotentialSolution3D potential3DSphere(Sphere s) {
        return new PotentialSolver3D().withPreconditioning(s.preconditioner).withThreads(s.threads)
                .solve(s.mask, AppliedField3D.uniform(new double[] {1, 0, 0}));
    }

    /**
     * @param c the cell stack
     * @return the 3D solution
     */
    @Benchmark
    public PotentialSolution3D potential3DCell(CellStack c) {
        return new PotentialSolver3D().withPreconditioning(c.preconditioner).withThreads(c.threads).withTolerance(1e-6)
                .solve(c.mask, AppliedField3D.uniform(new double[] {1, 0, 0}));
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
