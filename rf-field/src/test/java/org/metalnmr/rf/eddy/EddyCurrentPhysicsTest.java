package org.metalnmr.rf.eddy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hipparchus.complex.Complex;
import org.junit.jupiter.api.Test;
import org.metalnmr.core.error.InvalidInputException;

/** Physical checks of the 2D eddy-current solver beyond single-body convergence. */
class EddyCurrentPhysicsTest {

    private static final double D = 1e-5;
    private static final double SIGMA = EddyTestSupport.conductivityFor(D);

    private static EddyCurrentSolution2D solve(ConductorLayout l, AppliedField2D f, double hMin) {
        return new EddyCurrentSolver2D().solve(new EddyCurrentProblem2D(l,
                RectilinearGrid2D.graded(l, f, hMin, 1.3, 300), EddyTestSupport.FREQUENCY_HZ, f));
    }

    @Test
    void tubeHoleObeysFaradayLaw() {
        // Ri = d, Ro = 1.5 d: exact I0/K0 solution (tube-axial-reference.csv): Hc = 0.73313 - 0.47791 i
        Complex hole = new Complex(0.7331290968909016, -0.4779128283718035);
        Complex wall = new Complex(0.6911780443203719, -0.40373642471142098);
        ConductorLayout tube = ConductorLayout.of(
                new ConductorRegion("tube", new AnnulusForTest(1.5 * D, D), SIGMA));
        EddyCurrentSolution2D s = solve(tube, AppliedField2D.axial(), D / 32);
        int c = s.hz().nx() / 2;
        Complex hc = s.hz().value(c, c);
        // h = d/32: second-order error of a few 1e-4 (see the convergence test), 2e-3 bound
        assertEquals(hole.getReal(), hc.getReal(), 2e-3);
        assertEquals(hole.getImaginary(), hc.getImaginary(), 2e-3);
        Complex w = s.signals().get(0).alongAppliedPerArea();
        assertEquals(wall.getReal(), w.getReal(), 2e-3);
        assertEquals(wall.getImaginary(), w.getImaginary(), 2e-3);
    }

    @Test
    void axialFieldConductorsDoNotInteract() {
        // in 2D with the field along z, the air outside every conductor holds exactly H0:
        // two cylinders close together each give the isolated-cylinder signal
        Complex ref = EddyTestSupport.cylinderReference().get("1")[0];
        ConductorLayout two = ConductorLayout.of(
                new ConductorRegion("left", new CircleSection(-1.5 * D, 0, D), SIGMA),
                new ConductorRegion("right", new CircleSection(1.5 * D, 0.3 * D, D), SIGMA));
        EddyCurrentSolution2D s = solve(two, AppliedField2D.axial(), D / 16);
        for (ConductorSignal cs : s.signals()) {
            assertEquals(0, cs.alongAppliedPerArea().subtract(ref).norm(), 1.5e-3, cs.name());
        }
    }

    @Test
    void transverseNetCurrentOfEachConductorVanishes() {
        // two cylinders far apart in an in-plane field: each must behave as if alone. Without the
        // per-conductor constraint a loop current would run between them (the applied potential
        // differs by 20 d across the pair) and the signals would be far off.
        Complex ref = EddyTestSupport.cylinderReference().get("1")[1];
        ConductorLayout two = ConductorLayout.of(
                new ConductorRegion("left", new CircleSection(-10 * D, 0, D), SIGMA),
                new ConductorRegion("right", new CircleSection(10 * D, 0, D), SIGMA));
        AppliedField2D f = AppliedField2D.inPlane(Math.PI / 2);
        EddyCurrentSolution2D s = new EddyCurrentSolver2D().solve(new EddyCurrentProblem2D(two,
                RectilinearGrid2D.graded(two, f, D / 8, 1.25, 100), EddyTestSupport.FREQUENCY_HZ, f));
        // coupling of two dipoles 20 d apart: relative (a/20d)^2 ~ 2.5e-3; discretisation ~ 6e-4
        for (ConductorSignal cs : s.signals()) {
            assertEquals(0, cs.alongAppliedPerArea().subtract(ref).norm(), 5e-3, cs.name());
        }
        // net current per conductor: sum of Jz over each half of the grid
        ComplexGridField jz = s.currentDensityZ();
        RectilinearGrid2D g = s.problem().grid();
        double[] netRe = new double[2];
        double[] netIm = new double[2];
        double scale = 0;
        for (int i = 0; i < jz.nx(); i++) {
            for (int j = 0; j < jz.ny(); j++) {
                double area = g.x().width(i) * g.y().width(j);
                int side = g.x().center(i) < 0 ? 0 : 1;
                Complex v = jz.value(i, j);
                netRe[side] += v.getReal() * area;
                netIm[side] += v.getImaginary() * area;
                scale += v.norm() * area;
            }
        }
        for (int k = 0; k < 2; k++) {
            assertTrue(Math.hypot(netRe[k], netIm[k]) < 1e-8 * scale, "net current " + netRe[k] + " " + netIm[k]);
        }
    }

    @Test
    void signalOfCylinderDoesNotDependOnFieldAngle() {
        ConductorLayout cyl = ConductorLayout.of(new ConductorRegion("cyl", new CircleSection(0, 0, D), SIGMA));
        Complex a0 = solve(cyl, AppliedField2D.inPlane(0), D / 8).signals().get(0).alongAppliedPerArea();
        Complex a1 = solve(cyl, AppliedField2D.inPlane(1.1), D / 8).signals().get(0).alongAppliedPerArea();
        // grid anisotropy only: below the h = d/8 discretisation error (6e-4)
        assertEquals(0, a0.subtract(a1).norm(), 6e-4);
    }

    @Test
    void jacobiAndIncompleteLdltGiveTheSameAnswer() {
        ConductorLayout cyl = ConductorLayout.of(new ConductorRegion("cyl", new CircleSection(0, 0, D), SIGMA));
        AppliedField2D f = AppliedField2D.inPlane(0.4);
        EddyCurrentProblem2D p = new EddyCurrentProblem2D(cyl, RectilinearGrid2D.graded(cyl, f, D / 4, 1.3, 50),
                EddyTestSupport.FREQUENCY_HZ, f);
        EddyCurrentSolution2D ic = new EddyCurrentSolver2D().solve(p);
        EddyCurrentSolution2D jac = new EddyCurrentSolver2D()
                .withPreconditioning(EddyCurrentSolver2D.Preconditioning.JACOBI).solve(p);
        assertEquals(0, ic.signals().get(0).alongApplied().subtract(jac.signals().get(0).alongApplied()).norm(),
                1e-8 * ic.signals().get(0).areaM2());
        assertTrue(ic.statistics().iterations() < jac.statistics().iterations());
    }

    @Test
    void refusesGridsThatDoNotFit() {
        ConductorLayout cyl = ConductorLayout.of(new ConductorRegion("cyl", new CircleSection(0, 0, D), SIGMA));
        RectilinearGrid2D huge = new RectilinearGrid2D(GridAxis.uniform(-2 * D, 2 * D, 200_000),
                GridAxis.uniform(-2 * D, 2 * D, 200_000));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new EddyCurrentSolver2D()
                .solve(new EddyCurrentProblem2D(cyl, huge, EddyTestSupport.FREQUENCY_HZ, AppliedField2D.axial())));
        assertTrue(e.getMessage().contains("would fit"), e.getMessage());
    }

    /** A ring r_in &lt; r &lt; r_out centred on the origin (test-only section). */
    private record AnnulusForTest(double outer, double inner) implements CrossSection {
        @Override
        public boolean contains(double x, double y) {
            double r2 = x * x + y * y;
            return r2 < outer * outer && r2 > inner * inner;
        }

        @Override
        public double[] bounds() {
            return new double[] {-outer, -outer, outer, outer};
        }
    }
}
