package org.metalnmr.validation.rf;

import java.util.List;
import java.util.Locale;
import org.hipparchus.complex.Complex;
import org.metalnmr.core.constants.PhysicalConstants;
import org.metalnmr.rf.eddy.AppliedField2D;
import org.metalnmr.rf.eddy.CircleSection;
import org.metalnmr.rf.eddy.ConductorLayout;
import org.metalnmr.rf.eddy.ConductorRegion;
import org.metalnmr.rf.eddy.ConductorSignal;
import org.metalnmr.rf.eddy.EddyCurrentProblem2D;
import org.metalnmr.rf.eddy.EddyCurrentSolution2D;
import org.metalnmr.rf.eddy.EddyCurrentSolver2D;
import org.metalnmr.rf.eddy.GridAxis;
import org.metalnmr.rf.eddy.RectangleSection;
import org.metalnmr.rf.eddy.RectilinearGrid2D;
import org.metalnmr.rf.penetration.AxialCylinderPenetration;
import org.metalnmr.rf.penetration.SlabPenetration;
import org.metalnmr.rf.penetration.TransverseCylinderPenetration;
import org.metalnmr.rf.potential.AppliedField3D;
import org.metalnmr.rf.potential.MetalMask;
import org.metalnmr.rf.potential.PotentialSolution3D;
import org.metalnmr.rf.potential.PotentialSolver3D;

/**
 * Convergence tables of the numerical RF solvers against the closed forms of {@code rf.penetration}
 * (Markdown on standard output): error of the signal per area as every cell is halved, with the
 * observed order log2(e_k / e_{k+1}); and the 3D sphere (mean |h_t|^2 against the exact 1.5).
 */
public final class SolverConvergence {

    private static final double D = 1e-5;
    private static final double F = 1e8;

    private SolverConvergence() {
    }

    /** @param args unused */
    public static void main(String[] args) {
        double sigma = 2 / (2 * Math.PI * F * PhysicalConstants.MU0 * D * D);
        double t = 2 * D;
        ConductorLayout slab = ConductorLayout.of(new ConductorRegion("slab", new RectangleSection(-t / 2, -1, t / 2, 1), sigma));
        double shift = 0.37 * D / 2;
        GridAxis x = GridAxis.graded(List.of(new double[] {-t / 2 + shift, -t / 2 + shift}, new double[] {t / 2 + shift, t / 2 + shift}),
                D / 2, 1.3, 1, -t / 2 - D + shift, t / 2 + D + shift);
        table("slab t = 2d, field along z (surfaces off the nodes)", new EddyCurrentProblem2D(slab,
                new RectilinearGrid2D(x, GridAxis.uniform(-D / 4, D / 4, 1)), F, AppliedField2D.axial()),
                new SlabPenetration(t, D).signalPerVolume(), t * D / 2, 6);
        ConductorLayout cyl = ConductorLayout.of(new ConductorRegion("cyl", new CircleSection(0, 0, D), sigma));
        table("cylinder D = 2d, axial field", new EddyCurrentProblem2D(cyl,
                RectilinearGrid2D.graded(cyl, AppliedField2D.axial(), D / 4, 1.3, 300), F, AppliedField2D.axial()),
                new AxialCylinderPenetration(2 * D, D).signalPerVolume(), Math.PI * D * D, 5);
        AppliedField2D tr = AppliedField2D.inPlane(0.3);
        table("cylinder D = 2d, transverse field (h . h)", new EddyCurrentProblem2D(cyl,
                RectilinearGrid2D.graded(cyl, tr, D / 4, 1.3, 300), F, tr),
                new TransverseCylinderPenetration(2 * D, D).signalPerVolume(), Math.PI * D * D, 4);
        System.out.println("### 3D sphere (perfect diamagnet), box half-width 2a, 2 dipole corrections, multigrid-PCG");
        System.out.println();
        System.out.println("| voxels per radius | voxels | mean abs(h_t)^2 (exact 1.5) | error | order | area / 4 pi a^2 | dipole / (-2 pi a^3) | PCG iterations (3 passes) | seconds |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        double prev = Double.NaN;
        for (int per : new int[] {4, 8, 16}) {
            double a = 1e-3;
            double h = a / per;
            int n = 4 * per;
            MetalMask m = new MetalMask.Builder(n, n, n, h, new double[] {0, 0, 0})
                    .add("s", MetalMask.Solid.sphere(0, 0, 0, a)).build();
            long t0 = System.nanoTime();
            PotentialSolution3D s = new PotentialSolver3D().solve(m, AppliedField3D.uniform(new double[] {1, 0, 0}));
            double sec = (System.nanoTime() - t0) * 1e-9;
            double e = Math.abs(s.meanTangentialSquared("s") - 1.5);
            System.out.printf(Locale.ROOT, "| %d | %d^3 | %.4f | %.3e | %s | %.4f | %.4f | %d | %.1f |%n", per, n,
                    s.meanTangentialSquared("s"), e, Double.isNaN(prev) ? "" : String.format(Locale.ROOT, "%.2f", Math.log(prev / e) / Math.log(2)),
                    s.surfaceArea("s") / (4 * Math.PI * a * a), s.dipoleMoment()[0] / (-2 * Math.PI * a * a * a), s.iterations(), sec);
            prev = e;
        }
    }

    private static void table(String title, EddyCurrentProblem2D base, Complex exact, double area, int levels) {
        System.out.println("### " + title);
        System.out.println();
        System.out.printf(Locale.ROOT, "exact S/A = %.6f%+.6fi%n%n", exact.getReal(), exact.getImaginary());
        System.out.println("| level | finest spacing / d | cells | S/A numeric | abs error | order | COCG iterations | seconds |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- |");
        RectilinearGrid2D g = base.grid();
        double prev = Double.NaN;
        for (int k = 0; k < levels; k++) {
            long t0 = System.nanoTime();
            EddyCurrentSolution2D s = new EddyCurrentSolver2D().solve(base.withGrid(g));
            double sec = (System.nanoTime() - t0) * 1e-9;
            ConductorSignal cs = s.signals().get(0);
            Complex v = cs.allComponents().divide(area);
            double e = v.subtract(exact).norm();
            System.out.printf(Locale.ROOT, "| %d | %.4f | %d | %.6f%+.6fi | %.3e | %s | %d | %.2f |%n", k,
                    Math.min(g.x().minWidth(), g.y().minWidth()) / D, g.cellCount(), v.getReal(), v.getImaginary(), e,
                    Double.isNaN(prev) ? "" : String.format(Locale.ROOT, "%.2f", Math.log(prev / e) / Math.log(2)),
                    s.statistics().iterations(), sec);
            prev = e;
            g = g.refined();
        }
        System.out.println();
    }
}
