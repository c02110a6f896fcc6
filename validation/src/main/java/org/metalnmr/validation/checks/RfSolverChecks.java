package org.metalnmr.validation.checks;

import java.util.ArrayList;
import java.util.List;

import org.hipparchus.complex.Complex;
import org.metalnmr.core.constants.PhysicalConstants;
import org.metalnmr.rf.eddy.AppliedField2D;
import org.metalnmr.rf.eddy.CircleSection;
import org.metalnmr.rf.eddy.ConductorLayout;
import org.metalnmr.rf.eddy.ConductorRegion;
import org.metalnmr.rf.eddy.EddyCurrentProblem2D;
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
import org.metalnmr.toolkit.check.CheckProvider;
import org.metalnmr.toolkit.check.CheckResult;

/**
 * The numerical RF solvers of rf-field against the closed forms of {@code rf.penetration}
 * (docs/rf-solvers.md; the grids are those of {@code validation.rf.SolverConvergence}, small enough
 * for CI). Skin depth d = 10 um at 100 MHz; signals per cross-section area S/A = (1/A) int h.h dA.
 * <ul>
 * <li><b>2D eddy-current solver</b>: slab of thickness 2d in a tangential field on both faces (cosh
 * profile), cylinder of diameter 2d in an axial field (Kelvin functions) and in a transverse field (J1),
 * each at a finest spacing of d/8 (slab: d/32, since its faces lie between nodes and its error
 * oscillates, 4.7e-3 at d/8). Tolerance 2e-3 on the real and the imaginary part: the documented
 * accuracy of {@code penetration --method numeric} at d/8 (docs/rf-solvers.md section 1; the scheme is
 * second order and the measured errors there are 0.4-1.2e-3).</li>
 * <li><b>3D potential solver</b> (perfect diamagnet, d &lt;&lt; size): sphere of radius a in a uniform
 * field, exact surface field 1.5 H0 sin(theta), so the area mean of |h_t|^2 is 2.25 x 2/3 = 1.5 and the
 * induced dipole is -2 pi a^3 H0 (Landau &amp; Lifshitz, ECM sect. 59 in the d -&gt; 0 limit). The
 * voxelised (staircase) surface makes the method first order, so the tolerance is the first-order
 * bound 1.5 h/a (relative error h/a, coefficient 1: measured 0.6-0.8 in docs/rf-solvers.md and here), at 6 and
 * 12 voxels per radius, and the observed order between them is checked against 1 (tolerance 0.5).</li>
 * </ul>
 */
public final class RfSolverChecks implements CheckProvider {

    private static final String TOPIC = "rf-solvers";
    private static final double D = 1e-5;
    private static final double F = 1e8;
    private static final double TOL_2D = 2e-3;

    @Override
    public String topic() {
        return "03 rf-solvers";
    }

    @Override
    public List<CheckResult> run() {
        List<CheckResult> out = new ArrayList<>();
        double sigma = 2 / (2 * Math.PI * F * PhysicalConstants.MU0 * D * D);

        double t = 2 * D;
        ConductorLayout slab = ConductorLayout.of(new ConductorRegion("slab", new RectangleSection(-t / 2, -1, t / 2, 1), sigma));
        double shift = 0.37 * D / 2;
        GridAxis x = GridAxis.graded(List.of(new double[] {-t / 2 + shift, -t / 2 + shift}, new double[] {t / 2 + shift, t / 2 + shift}),
                D / 2, 1.3, 1, -t / 2 - D + shift, t / 2 + D + shift);
        RectilinearGrid2D slabGrid = new RectilinearGrid2D(x, GridAxis.uniform(-D / 4, D / 4, 1)).refined().refined().refined().refined();
        Complex slabS = solve(new EddyCurrentProblem2D(slab, slabGrid, F, AppliedField2D.axial())).divide(t * D / 2);
        addComplex(out, "2D eddy: slab t = 2d, tangential field, d/32", new SlabPenetration(t, D).signalPerVolume(), slabS,
                "closed form: slab in a tangential field on both faces, cosh profile (docs/physics.md sect. 3)");

        ConductorLayout cyl = ConductorLayout.of(new ConductorRegion("cyl", new CircleSection(0, 0, D), sigma));
        double area = Math.PI * D * D;
        AppliedField2D axial = AppliedField2D.axial();
        Complex axialS = solve(new EddyCurrentProblem2D(cyl, RectilinearGrid2D.graded(cyl, axial, D / 4, 1.3, 300).refined(), F, axial))
                .divide(area);
        addComplex(out, "2D eddy: cylinder D = 2d, axial field, d/8", new AxialCylinderPenetration(2 * D, D).signalPerVolume(), axialS,
                "closed form: cylinder in an axial field, J0 of complex argument (Kelvin ber/bei)");
        AppliedField2D tr = AppliedField2D.inPlane(0.3);
        Complex trS = solve(new EddyCurrentProblem2D(cyl, RectilinearGrid2D.graded(cyl, tr, D / 4, 1.3, 300).refined(), F, tr)).divide(area);
        addComplex(out, "2D eddy: cylinder D = 2d, transverse field, d/8", new TransverseCylinderPenetration(2 * D, D).signalPerVolume(), trS,
                "closed form: cylinder in a transverse field, J1 of complex argument");

        double[] coarse = sphere(6);
        double[] fine = sphere(12);
        String ll = "Landau & Lifshitz ECM sect. 59, d -> 0: surface field 1.5 H0 sin(theta)";
        out.add(new CheckResult("3D potential: sphere, 6 voxels/radius: mean |h_t|^2", TOPIC, 1.5, coarse[0], 1.5 / 6, "1", ll));
        out.add(new CheckResult("3D potential: sphere, 12 voxels/radius: mean |h_t|^2", TOPIC, 1.5, fine[0], 1.5 / 12, "1", ll));
        out.add(new CheckResult("3D potential: sphere, 12 voxels/radius: dipole / (-2 pi a^3)", TOPIC, 1.0, fine[1], 1.0 / 12, "1",
                ll + "; induced moment -2 pi a^3 H0"));
        double order = Math.log(Math.abs(coarse[0] - 1.5) / Math.abs(fine[0] - 1.5)) / Math.log(2);
        out.add(new CheckResult("3D potential: sphere, observed order (6 -> 12 voxels/radius)", TOPIC, 1.0, order, 0.5, "1",
                "first order: staircase surface (docs/rf-solvers.md sect. 2)"));
        return out;
    }

    private static Complex solve(EddyCurrentProblem2D p) {
        return new EddyCurrentSolver2D().solve(p).signals().get(0).allComponents();
    }

    private static void addComplex(List<CheckResult> out, String name, Complex exact, Complex numeric, String source) {
        out.add(new CheckResult(name + ": Re S/A", TOPIC, exact.getReal(), numeric.getReal(), TOL_2D, "1", source));
        out.add(new CheckResult(name + ": Im S/A", TOPIC, exact.getImaginary(), numeric.getImaginary(), TOL_2D, "1", source));
    }

    /** @return {mean |h_t|^2, dipole x / (-2 pi a^3)} of a sphere at the given voxels per radius (box half-width 2a) */
    private static double[] sphere(int perRadius) {
        double a = 1e-3;
        double h = a / perRadius;
        int n = 4 * perRadius;
        MetalMask m = new MetalMask.Builder(n, n, n, h, new double[] {0, 0, 0}).add("s", MetalMask.Solid.sphere(0, 0, 0, a)).build();
        PotentialSolution3D s = new PotentialSolver3D().solve(m, AppliedField3D.uniform(new double[] {1, 0, 0}));
        return new double[] {s.meanTangentialSquared("s"), s.dipoleMoment()[0] / (-2 * Math.PI * a * a * a)};
    }
}
