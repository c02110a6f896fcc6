package org.metalnmr.geometry.body;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.joml.Quaterniond;
import org.joml.Vector3d;
import org.junit.jupiter.api.Test;
import org.metalnmr.core.error.InvalidInputException;

class BodyTest {

    private static final Pose TILTED = new Pose(new Vector3d(1e-3, -2e-3, 0.5e-3),
            new Quaterniond().rotateXYZ(0.3, -0.7, 1.1));

    static List<Body> samples() {
        return List.of(
                new Disk("Li", 4e-3, 0.1e-3, TILTED),
                new Cylinder("Li", 1e-6, 30e-6, TILTED),
                new Box("PEEK", 3e-3, 2e-3, 1e-3, TILTED),
                new Sphere("Cu", 2e-3, TILTED),
                new Ellipsoid("Li", 3e-3, 2e-3, 1e-3, TILTED),
                new Union(List.of(new Sphere("Li", 1e-3, Pose.at(-2e-3, 0, 0)),
                        new Box("Cu", 1e-3, 1e-3, 1e-3, Pose.at(2e-3, 0, 0))), TILTED));
    }

    @Test
    void volumesAndAreasAreExact() {
        double r = 4e-3;
        double t = 0.1e-3;
        Disk d = new Disk("Li", r, t, TILTED);
        assertEquals(Math.PI * r * r * t, d.volume(), 1e-15 * d.volume());
        assertEquals(2 * Math.PI * r * r + 2 * Math.PI * r * t, d.surfaceArea(), 1e-15 * d.surfaceArea());
        Box b = new Box("Cu", 1, 2, 3, Pose.IDENTITY);
        assertEquals(6, b.volume(), 0);
        assertEquals(22, b.surfaceArea(), 0);
        Sphere s = new Sphere("Li", 2, Pose.IDENTITY);
        assertEquals(32 * Math.PI / 3, s.volume(), 1e-14);
        assertEquals(16 * Math.PI, s.surfaceArea(), 1e-14);
        Cylinder c = new Cylinder("Li", 1, 10, Pose.IDENTITY);
        assertEquals(10 * Math.PI, c.volume(), 1e-14);
        assertEquals(22 * Math.PI, c.surfaceArea(), 1e-13);
        Ellipsoid e = new Ellipsoid("Li", 3, 2, 1, TILTED);
        assertEquals(8 * Math.PI, e.volume(), 1e-13);
    }

    @Test
    void ellipsoidAreaMatchesSpheroidClosedFormsAndQuadrature() {
        // sphere
        assertEquals(4 * Math.PI * 4, new Ellipsoid("Li", 2, 2, 2, Pose.IDENTITY).surfaceArea(), 1e-12);
        // prolate (a = b < c): S = 2 pi a^2 (1 + c / (a e) asin e), e^2 = 1 - a^2/c^2
        double a = 1;
        double c = 3;
        double ecc = Math.sqrt(1 - a * a / (c * c));
        double prolate = 2 * Math.PI * a * a * (1 + c / (a * ecc) * Math.asin(ecc));
        assertEquals(prolate, new Ellipsoid("Li", a, a, c, Pose.IDENTITY).surfaceArea(), 1e-12 * prolate);
        // oblate (a = b > c): S = 2 pi a^2 (1 + (1 - e^2)/e atanh e), e^2 = 1 - c^2/a^2
        a = 3;
        c = 1;
        ecc = Math.sqrt(1 - c * c / (a * a));
        double oblate = 2 * Math.PI * a * a * (1 + (1 - ecc * ecc) / ecc * 0.5 * Math.log((1 + ecc) / (1 - ecc)));
        assertEquals(oblate, new Ellipsoid("Li", a, a, c, Pose.IDENTITY).surfaceArea(), 1e-12 * oblate);
        // triaxial: midpoint quadrature of |r_theta x r_phi| over the parametrisation; the
        // integrand is smooth and periodic in phi, so 2000 x 4000 cells give ~1e-7 relative error
        double ea = 3;
        double eb = 2;
        double ec = 1;
        int nt = 2000;
        int np = 4000;
        double sum = 0;
        double[] sp = new double[np];
        double[] cp = new double[np];
        for (int j = 0; j < np; j++) {
            sp[j] = Math.sin((j + 0.5) * 2 * Math.PI / np);
            cp[j] = Math.cos((j + 0.5) * 2 * Math.PI / np);
        }
        for (int i = 0; i < nt; i++) {
            double th = (i + 0.5) * Math.PI / nt;
            double st = Math.sin(th);
            double ct = Math.cos(th);
            for (int j = 0; j < np; j++) {
                double nx = eb * ec * st * st * cp[j];
                double ny = ea * ec * st * st * sp[j];
                double nz = ea * eb * st * ct;
                sum += Math.sqrt(nx * nx + ny * ny + nz * nz);
            }
        }
        double quad = sum * (Math.PI / nt) * (2 * Math.PI / np);
        assertEquals(quad, new Ellipsoid("Li", ea, eb, ec, Pose.IDENTITY).surfaceArea(), 1e-6 * quad);
    }

    @Test
    void signedDistancesOfPrimitivesAtKnownPoints() {
        Box b = new Box("Cu", 2, 4, 6, Pose.at(10, 0, 0));
        assertEquals(-1, b.signedDistance(new Vector3d(10, 0, 0)), 1e-15);
        assertEquals(Math.sqrt(3), b.signedDistance(new Vector3d(12, 3, 4)), 1e-14);
        Cylinder c = new Cylinder("Li", 1, 4, Pose.IDENTITY);
        assertEquals(1, c.signedDistance(new Vector3d(2, 0, 0)), 1e-15);
        assertEquals(-0.5, c.signedDistance(new Vector3d(0.5, 0, 0)), 1e-15);
        assertEquals(Math.sqrt(2), c.signedDistance(new Vector3d(0, 2, 3)), 1e-14);
        assertEquals(3, new Sphere("Li", 1, Pose.at(0, 0, 1)).signedDistance(new Vector3d(0, 0, 5)), 1e-15);
    }

    @Test
    void ellipsoidDistanceMatchesBruteForce() {
        double a = 3;
        double b = 2;
        double c = 1;
        Ellipsoid e = new Ellipsoid("Li", a, b, c, Pose.IDENTITY);
        double[][] pts = {{4, 1, 0.5}, {0.5, 0.3, 0.2}, {0.2, 0, 0}, {1, 0.5, 0}, {0, 0, 3}, {2.5, 0, 0},
            {0, 0.1, 0.05}, {-1.5, 1.2, -0.4}, {0, 0, 0}};
        int nt = 1500;
        int np = 3000;
        double[] sp = new double[np];
        double[] cp = new double[np];
        for (int j = 0; j < np; j++) {
            sp[j] = Math.sin(j * 2 * Math.PI / np);
            cp[j] = Math.cos(j * 2 * Math.PI / np);
        }
        for (double[] p : pts) {
            double best = Double.POSITIVE_INFINITY;
            for (int i = 0; i <= nt; i++) {
                double th = i * Math.PI / nt;
                double st = Math.sin(th);
                double z = c * Math.cos(th) - p[2];
                for (int j = 0; j < np; j++) {
                    double x = a * st * cp[j] - p[0];
                    double y = b * st * sp[j] - p[1];
                    best = Math.min(best, x * x + y * y + z * z);
                }
            }
            double inside = (p[0] / a) * (p[0] / a) + (p[1] / b) * (p[1] / b) + (p[2] / c) * (p[2] / c) < 1 ? -1 : 1;
            // brute force over a lattice of spacing ~ a pi / 1500 ~ 6e-3: it overestimates the
            // distance by at most ~ spacing^2 / 2 ~ 2e-5 (times curvature terms of order 1)
            assertEquals(inside * Math.sqrt(best), e.signedDistance(new Vector3d(p[0], p[1], p[2])), 1e-4,
                    () -> java.util.Arrays.toString(p));
        }
    }

    @Test
    void containsAgreesWithSignedDistanceAndBoundingBoxHoldsTheBody() {
        Random rnd = new Random(7);
        for (Body body : samples()) {
            BoundingBox box = body.boundingBox();
            BoundingBox probe = box.expanded(0.2 * box.maxSize());
            double[] reachedLo = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
            double[] reachedHi = {-Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
            for (int n = 0; n < 60_000; n++) {
                double x = probe.minX() + rnd.nextDouble() * probe.sizeX();
                double y = probe.minY() + rnd.nextDouble() * probe.sizeY();
                double z = probe.minZ() + rnd.nextDouble() * probe.sizeZ();
                boolean in = body.contains(x, y, z);
                double sd = body.signedDistance(x, y, z);
                assertEquals(in, sd <= 0, () -> body + " at " + x + "," + y + "," + z + " sd " + sd);
                if (in) {
                    assertTrue(box.contains(x, y, z), body::toString);
                    double[] v = {x, y, z};
                    for (int k = 0; k < 3; k++) {
                        reachedLo[k] = Math.min(reachedLo[k], v[k]);
                        reachedHi[k] = Math.max(reachedHi[k], v[k]);
                    }
                }
            }
            if (!(body instanceof Cylinder)) { // a whisker is too thin to be hit often by random probes
                double[] lo = {box.minX(), box.minY(), box.minZ()};
                double[] hi = {box.maxX(), box.maxY(), box.maxZ()};
                double[] size = {box.sizeX(), box.sizeY(), box.sizeZ()};
                for (int k = 0; k < 3; k++) {
                    // tight: inside points come within 10% of the size to each face of the box
                    assertTrue(reachedLo[k] - lo[k] < 0.1 * size[k], body + " axis " + k);
                    assertTrue(hi[k] - reachedHi[k] < 0.1 * size[k], body + " axis " + k);
                }
            }
        }
    }

    @Test
    void axisDirectionIsTheRotatedBodyZ() {
        Disk cellA = new Disk("Li", 4e-3, 1e-4, Pose.rotation(new Vector3d(0, 1, 0), Math.PI / 2));
        Vector3d n = new Vector3d(cellA.axisDirection());
        assertEquals(1, n.x, 1e-15);
        assertEquals(0, n.z, 1e-15);
        Vector3d dir = new Vector3d(1, 2, -3).normalize();
        Cylinder w = new Cylinder("Li", 1e-6, 1e-5, Pose.alignZ(new Vector3d(), dir));
        assertTrue(new Vector3d(w.axisDirection()).distance(dir) < 1e-14);
        Cylinder down = new Cylinder("Li", 1e-6, 1e-5, Pose.alignZ(new Vector3d(), new Vector3d(0, 0, -2)));
        assertEquals(-1, down.axisDirection().z(), 1e-15);
    }

    @Test
    void unionContainsItsPartsAndSumsDisjointVolumes() {
        Sphere s = new Sphere("Li", 1, Pose.at(-2, 0, 0));
        Box b = new Box("Cu", 1, 1, 1, Pose.at(2, 0, 0));
        Union u = new Union(List.of(s, b), Pose.at(0, 0, 10));
        assertEquals(s.volume() + b.volume(), u.volume(), 1e-14);
        assertTrue(u.contains(-2, 0, 10));
        assertTrue(u.contains(2.4, 0.4, 10.4));
        assertFalse(u.contains(0, 0, 10));
        assertEquals(Body.MIXED_MATERIAL, u.material());
        assertEquals("Li", u.withMaterial("Li").material());
        List<Body> leaves = u.leaves();
        assertEquals(10, leaves.get(0).pose().position().z(), 1e-15);
        assertEquals(-2, leaves.get(0).pose().position().x(), 1e-15);
        assertThrows(InvalidInputException.class, () -> new Union(List.of(), Pose.IDENTITY));
    }

    @Test
    void invalidShapesAreRefusedWithTheirName() {
        InvalidInputException ex = assertThrows(InvalidInputException.class, () -> new Disk("Li", -1, 1, Pose.IDENTITY));
        assertTrue(ex.getMessage().contains("disk radius"), ex.getMessage());
        assertThrows(InvalidInputException.class, () -> new Sphere(" ", 1, Pose.IDENTITY));
        assertThrows(InvalidInputException.class, () -> new Box("Cu", 1, 0, 1, Pose.IDENTITY));
        assertThrows(InvalidInputException.class, () -> new Pose(new Vector3d(), new Quaterniond(0, 0, 0, 0)));
        assertThrows(InvalidInputException.class, () -> new Pose(new Vector3d(Double.NaN, 0, 0), new Quaterniond()));
    }

    @Test
    void overlapTellsTouchingFromOverlapping() {
        Disk lower = new Disk("Li", 4e-3, 1e-4, TILTED);
        Disk upper = new Disk("Cu", 4e-3, 2e-4, Pose.at(0, 0, 1.5e-4).then(TILTED));
        assertEquals(0, Overlap.sharedVolume(lower, upper, 32));
        Disk sunk = new Disk("Cu", 4e-3, 2e-4, Pose.at(0, 0, 1.0e-4).then(TILTED));
        double exact = Math.PI * 16e-6 * 0.5e-4;
        // lattice estimate of a 50 um thick shared slab of a tilted disk: within 15%
        assertEquals(exact, Overlap.sharedVolume(lower, sunk, 48), 0.15 * exact);
    }
}
