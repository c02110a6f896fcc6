package org.metalnmr.rf.potential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hipparchus.complex.Complex;
import org.junit.jupiter.api.Test;
import org.metalnmr.core.error.InvalidInputException;

/**
 * Checks of the perfect-diamagnet potential solver: the sphere (surface field 1.5 H0 sin(theta)
 * exactly, so the surface mean of |h_t|^2 is 2.25 * 2/3 = 1.5 and the induced dipole is
 * p = -2 pi a^3 H0), and thin disks with the field along their normal and in their plane.
 */
class PotentialSolver3DTest {

    private static final double A = 1e-3;

    private static PotentialSolution3D sphere(int voxelsPerRadius, PotentialSolver3D.Preconditioning pc) {
        double h = A / voxelsPerRadius;
        int n = 4 * voxelsPerRadius; // box of half-width 2a; the dipole correction handles the far field
        MetalMask m = new MetalMask.Builder(n, n, n, h, new double[] {0, 0, 0})
                .add("sphere", MetalMask.Solid.sphere(0, 0, 0, A)).build();
        return new PotentialSolver3D().withPreconditioning(pc).solve(m, AppliedField3D.uniform(new double[] {1, 0, 0}));
    }

    @Test
    void sphereSurfaceFieldConvergesToExact() {
        PotentialSolution3D coarse = sphere(6, PotentialSolver3D.Preconditioning.SSOR);
        PotentialSolution3D fine = sphere(12, PotentialSolver3D.Preconditioning.SSOR);
        double e1 = Math.abs(coarse.meanTangentialSquared("sphere") - 1.5);
        double e2 = Math.abs(fine.meanTangentialSquared("sphere") - 1.5);
        // staircase surface: first order expected; require the error to fall by 1.6 at least
        assertTrue(e2 < e1 / 1.6, e1 + " -> " + e2);
        assertTrue(e2 < 0.12, "mean |h_t|^2 = " + fine.meanTangentialSquared("sphere"));
        // corrected area within 2% (staircase area without correction is 1.5 times too large)
        assertEquals(1, fine.surfaceArea("sphere") / (4 * Math.PI * A * A), 0.02);
        // induced dipole p = -2 pi a^3 (first order in h; 10% at 12 voxels per radius)
        assertEquals(-2 * Math.PI * A * A * A, fine.dipoleMoment()[0], 0.10 * 2 * Math.PI * A * A * A);
        // total signal = mean |h_t|^2 * area * d (1 - i) / 4
        double d = 1e-5;
        Complex s = fine.signal("sphere", d);
        assertEquals(s.getReal(), -s.getImaginary(), 1e-15);
        assertEquals(fine.meanTangentialSquared("sphere") * fine.surfaceArea("sphere") * d / 4, s.getReal(), 1e-12 * s.getReal());
    }

    @Test
    void multigridAgreesWithSsorAndItsIterationCountDoesNotGrowWithTheGrid() {
        PotentialSolution3D s4 = sphere(4, PotentialSolver3D.Preconditioning.SSOR);
        PotentialSolution3D m4 = sphere(4, PotentialSolver3D.Preconditioning.MULTIGRID);
        PotentialSolution3D s8 = sphere(8, PotentialSolver3D.Preconditioning.SSOR);
        PotentialSolution3D m8 = sphere(8, PotentialSolver3D.Preconditioning.MULTIGRID);
        // both solve the same discrete problem to a relative residual of 1e-8
        assertEquals(s8.meanTangentialSquared("sphere"), m8.meanTangentialSquared("sphere"), 1e-6);
        assertEquals(s8.dipoleMoment()[0], m8.dipoleMoment()[0], 1e-6 * Math.abs(s8.dipoleMoment()[0]));
        // SSOR-PCG needs ~n iterations (condition number ~ n^2), the multigrid V-cycle a nearly constant number
        assertTrue(s8.iterations() > 1.5 * s4.iterations(), s4.iterations() + " -> " + s8.iterations());
        assertTrue(m8.iterations() < 1.3 * m4.iterations(), m4.iterations() + " -> " + m8.iterations());
        assertTrue(m8.iterations() * 3 < s8.iterations(), m8.iterations() + " vs " + s8.iterations());
    }

    @Test
    void resultIsTheSameForAnyNumberOfThreads() {
        int per = 8;
        MetalMask m = new MetalMask.Builder(4 * per, 4 * per, 4 * per, A / per, new double[] {0, 0, 0})
                .add("sphere", MetalMask.Solid.sphere(0, 0, 0, A)).build();
        AppliedField3D f = AppliedField3D.uniform(new double[] {0.6, 0, 0.8});
        PotentialSolution3D one = new PotentialSolver3D().withThreads(1).solve(m, f);
        PotentialSolution3D three = new PotentialSolver3D().withThreads(3).solve(m, f);
        assertEquals(one.iterations(), three.iterations());
        assertEquals(one.surfaceElements().size(), three.surfaceElements().size());
        for (int e = 0; e < one.surfaceElements().size(); e++) {
            // sums are added plane by plane in a fixed order: bit-for-bit equal
            assertEquals(one.surfaceElements().get(e), three.surfaceElements().get(e));
        }
    }

    @Test
    void closedShellScreensItsCavityCompletely() {
        // a hollow cube (walls 2 voxels) around an air cavity: the cavity is a pure Neumann problem
        // (singular, consistent: the applied flux through the cavity wall is zero); inside, psi' = H_a . r
        // makes the total field vanish exactly, and the discrete solution reproduces that linear function
        int n = 24;
        double h = A / 8;
        double outer = 6 * h;
        double inner = 4 * h;
        MetalMask m = new MetalMask.Builder(n, n, n, h, new double[] {0, 0, 0})
                .add("shell", (x, y, z) -> Math.max(Math.abs(x), Math.max(Math.abs(y), Math.abs(z))) < outer
                        && Math.max(Math.abs(x), Math.max(Math.abs(y), Math.abs(z))) > inner).build();
        PotentialSolution3D s = new PotentialSolver3D().solve(m, AppliedField3D.uniform(new double[] {1, 0, 0}));
        double inside = 0;
        double outside = 0;
        int nIn = 0;
        for (SurfaceElement e : s.surfaceElements()) {
            double r = Math.max(Math.abs(e.x()), Math.max(Math.abs(e.y()), Math.abs(e.z())));
            if (r < 0.5 * (inner + outer)) {
                inside = Math.max(inside, e.tangentialSquared());
                nIn++;
            } else {
                outside = Math.max(outside, e.tangentialSquared());
            }
        }
        assertTrue(nIn > 0);
        // solver tolerance 1e-8: the cavity field is zero to about that (the outside field is of order 1)
        assertTrue(inside < 1e-10, "cavity |h_t|^2 " + inside);
        assertTrue(outside > 1, "outside |h_t|^2 " + outside);
        assertTrue(s.iterations() < 60, "iterations " + s.iterations());
    }

    @Test
    void jacobiAndSsorAgreeAndSsorIsFaster() {
        PotentialSolution3D j = sphere(5, PotentialSolver3D.Preconditioning.JACOBI);
        PotentialSolution3D s = sphere(5, PotentialSolver3D.Preconditioning.SSOR);
        assertEquals(j.meanTangentialSquared("sphere"), s.meanTangentialSquared("sphere"), 1e-5);
        assertTrue(s.iterations() < j.iterations(), s.iterations() + " vs " + j.iterations());
    }

    private static PotentialSolution3D disk(double[] fieldDirection) {
        // disk of radius a, thickness a/8 (2 voxels), axis along z
        int per = 16;
        double h = A / per;
        int n = 4 * per;
        int nz = 3 * per;
        MetalMask m = new MetalMask.Builder(n, n, nz, h, new double[] {0, 0, 0})
                .add("disk", MetalMask.Solid.disk(new double[] {0, 0, 0}, 2, A, 2 * h)).build();
        return new PotentialSolver3D().solve(m, AppliedField3D.uniform(fieldDirection));
    }

    @Test
    void diskWithFieldAlongNormalScreensFacesAndConcentratesAtRim() {
        PotentialSolution3D s = disk(new double[] {0, 0, 1});
        double centre = 0;
        double rim = 0;
        double faceMean = 0;
        double faceArea = 0;
        for (SurfaceElement e : s.surfaceElements()) {
            double rho = Math.hypot(e.x(), e.y());
            if (Math.abs(e.normalZ()) > 0.99) {
                faceMean += e.tangentialSquared() * e.areaM2();
                faceArea += e.areaM2();
                if (rho < 0.2 * A) {
                    centre = Math.max(centre, Math.sqrt(e.tangentialSquared()));
                }
            }
            if (rho > 0.95 * A) {
                rim = Math.max(rim, Math.sqrt(e.tangentialSquared()));
            }
        }
        // thin perfectly diamagnetic disk: H_t = (2/pi) H0 rho / sqrt(a^2 - rho^2) on the faces,
        // 0.13 at rho = 0.2 a; the rim field exceeds H0 (log singularity cut off by the thickness)
        assertTrue(centre < 0.2, "centre " + centre);
        assertTrue(rim > 1.5, "rim " + rim);
        // face mean of the thin-disk law up to rho = a - t: (4/pi^2) (ln(a/2t) - ... ) > 0.5: the rims dominate
        assertTrue(faceMean / faceArea > 0.3 && faceMean / faceArea < 3, "face mean " + faceMean / faceArea);
    }

    @Test
    void diskWithFieldInItsPlaneSeesTheAppliedFieldOnBothFaces() {
        PotentialSolution3D s = disk(new double[] {1, 0, 0});
        double top = 0;
        double topA = 0;
        double bottom = 0;
        double bottomA = 0;
        for (SurfaceElement e : s.surfaceElements()) {
            if (Math.hypot(e.x(), e.y()) > 0.7 * A) {
                continue; // stay away from the rim
            }
            if (e.normalZ() > 0.99) {
                top += e.tangentialSquared() * e.areaM2();
                topA += e.areaM2();
            } else if (e.normalZ() < -0.99) {
                bottom += e.tangentialSquared() * e.areaM2();
                bottomA += e.areaM2();
            }
        }
        // in-plane demagnetising factor of a disk with t/a = 1/8 is about pi t / (8 a) = 0.05, so
        // |h_t| = 1/(1 - N) ~ 1.05 on the faces; allow the first-order staircase error
        assertEquals(1.1, top / topA, 0.12);
        assertEquals(top / topA, bottom / bottomA, 1e-6 * top / topA);
    }

    @Test
    void refusesMasksThatDoNotFit() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new MetalMask.Builder(40000, 40000, 40000, 1e-6, new double[] {0, 0, 0}));
        assertTrue(e.getMessage().contains("would fit"), e.getMessage());
    }
}
