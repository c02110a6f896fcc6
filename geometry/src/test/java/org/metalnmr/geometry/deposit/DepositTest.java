package org.metalnmr.geometry.deposit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;

import org.joml.Matrix3d;
import org.joml.Vector3d;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.geometry.body.Body;
import org.metalnmr.geometry.body.Cylinder;
import org.metalnmr.geometry.body.Ellipsoid;
import org.metalnmr.geometry.body.Sphere;

/**
 * Statistics of the generators against the requested distributions. Sample means are compared
 * with a tolerance of 4 standard errors (sd / sqrt(N)), so a correct generator fails with
 * probability about 6e-5 per check; seeds are fixed, so the outcome is deterministic anyway.
 */
class DepositTest {

    /** A tilted face (normal not along a lab axis) so that frame errors show. */
    private static final SurfaceSite SITE = new SurfaceSite(new Vector3d(1e-3, 2e-3, -0.5e-3),
            new Vector3d(0.3, -0.2, 1), 0.5e-3);

    private static double[] moments(double[] v) {
        double m = 0;
        for (double x : v) {
            m += x;
        }
        m /= v.length;
        double s = 0;
        for (double x : v) {
            s += (x - m) * (x - m);
        }
        return new double[] {m, Math.sqrt(s / (v.length - 1))};
    }

    @Test
    void logNormalHasTheRequestedMeanAndSpread() {
        LogNormalSize d = new LogNormalSize(1e-6, 0.4);
        SplittableRandom rng = new SplittableRandom(1);
        int n = 40_000;
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = d.sample(rng);
        }
        double[] m = moments(x);
        assertEquals(1e-6, m[0], 4 * 0.4e-6 / Math.sqrt(n));
        // sd of a sample sd for a log-normal of cv 0.4 is ~ 1.4% at n = 40000: allow 5%
        assertEquals(0.4e-6, m[1], 0.05 * 0.4e-6);
        assertEquals(0.4e-6, d.standardDeviation(), 1e-20);
    }

    @Test
    void uniformAndGivenSizesHaveTheirMoments() {
        SplittableRandom rng = new SplittableRandom(2);
        UniformSize u = new UniformSize(1e-6, 3e-6);
        EmpiricalSize e = new EmpiricalSize(new double[] {1e-6, 2e-6, 6e-6});
        int n = 30_000;
        double[] a = new double[n];
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = u.sample(rng);
            b[i] = e.sample(rng);
        }
        assertEquals(u.mean(), moments(a)[0], 4 * u.standardDeviation() / Math.sqrt(n));
        assertEquals(u.standardDeviation(), moments(a)[1], 0.03 * u.standardDeviation());
        assertEquals(3e-6, moments(b)[0], 4 * e.standardDeviation() / Math.sqrt(n));
    }

    static List<OrientationDistribution> orientations() {
        return List.of(new AlignedOrientation(), new ConeOrientation(Math.toRadians(30)), new ConeOrientation(Math.PI / 2),
                new VonMisesFisherOrientation(0), new VonMisesFisherOrientation(2), new VonMisesFisherOrientation(20));
    }

    @Test
    void orientationSamplesMatchTheExactMomentsAndStayOutside() {
        int n = 40_000;
        for (OrientationDistribution o : orientations()) {
            SplittableRandom rng = new SplittableRandom(3);
            double[] c = new double[n];
            double[] c2 = new double[n];
            Vector3d v = new Vector3d();
            double sx = 0;
            for (int i = 0; i < n; i++) {
                o.sample(rng, v);
                assertEquals(1, v.length(), 1e-12);
                assertTrue(v.z >= 0, o::toString);
                c[i] = v.z;
                c2[i] = v.z * v.z;
                sx += v.x;
            }
            double[] m = moments(c);
            double[] m2 = moments(c2);
            assertEquals(o.meanCosine(), m[0], 4 * m[1] / Math.sqrt(n) + 1e-15, o::toString);
            assertEquals(o.meanCosineSquared(), m2[0], 4 * m2[1] / Math.sqrt(n) + 1e-15, o::toString);
            // azimuths uniform: mean of the in-plane component vanishes
            assertEquals(0, sx / n, 4 / Math.sqrt(n), o::toString);
        }
        // closed forms against known values
        assertEquals(0.5, new VonMisesFisherOrientation(0).meanCosine(), 1e-15);
        assertEquals(1.0 / 3, new VonMisesFisherOrientation(0).meanCosineSquared(), 1e-15);
        assertEquals(0.5, new ConeOrientation(Math.PI / 2).meanCosine(), 1e-15);
        assertEquals(new VonMisesFisherOrientation(1e-4).meanCosine(), new VonMisesFisherOrientation(0.99e-4).meanCosine(), 1e-9);
    }

    @Test
    void whiskerPopulationFollowsItsSpec() {
        WhiskerSpec spec = new WhiskerSpec("Li", 4e10, new LogNormalSize(0.5e-6, 0.3), new LogNormalSize(20e-6, 0.5),
                new VonMisesFisherOrientation(8));
        WhiskerPopulation w = spec.generate(SITE, 42);
        long expected = Math.round(4e10 * SITE.area());
        assertEquals(expected, w.count());
        int n = (int) w.count();
        double[] radii = moments(w.radii());
        double[] lengths = moments(w.lengths());
        assertEquals(0.5e-6, radii[0], 4 * 0.15e-6 / Math.sqrt(n));
        assertEquals(20e-6, lengths[0], 4 * 10e-6 / Math.sqrt(n));
        double[] cos = new double[n];
        double rho2 = 0;
        Vector3d b = new Vector3d();
        double[] bases = w.bases();
        for (int i = 0; i < n; i++) {
            cos[i] = w.cosineToNormal(i);
            b.set(bases[3 * i], bases[3 * i + 1], bases[3 * i + 2]).sub(SITE.centre());
            assertEquals(0, b.dot(SITE.normal()), 1e-15, "base on the face");
            assertTrue(b.length() <= SITE.radius() * (1 + 1e-12));
            rho2 += b.lengthSquared();
        }
        double[] mc = moments(cos);
        assertEquals(new VonMisesFisherOrientation(8).meanCosine(), mc[0], 4 * mc[1] / Math.sqrt(n));
        // uniform on the disk: E[rho^2] = R^2 / 2, sd of rho^2 = R^2 / sqrt(12)
        assertEquals(SITE.radius() * SITE.radius() / 2, rho2 / n, 4 * SITE.radius() * SITE.radius() / Math.sqrt(12 * n));
        // explicit bodies: cylinders from the base outward, same volume
        List<Body> bodies = w.toBodies();
        Cylinder c0 = (Cylinder) bodies.get(0);
        assertEquals(w.radii()[0], c0.radius(), 0);
        Vector3d base = new Vector3d(bases[0], bases[1], bases[2]);
        Vector3d tip = new Vector3d(c0.axisDirection()).mul(c0.length()).add(base);
        assertTrue(c0.contains(new Vector3d(base).lerp(tip, 0.999)));
        assertEquals(w.totalVolume(), bodies.stream().mapToDouble(Body::volume).sum(), 1e-12 * w.totalVolume());
        assertTrue(w.envelope().boundingBox().contains(tip.x, tip.y, tip.z));
    }

    @Test
    void sameSeedSameDepositOtherSeedOtherDeposit() {
        WhiskerSpec w = new WhiskerSpec("Li", 1e10, new LogNormalSize(1e-6, 0.2), new FixedSize(1e-5),
                new ConeOrientation(0.3));
        assertEquals(w.generate(SITE, 7), w.generate(SITE, 7));
        assertNotEquals(w.generate(SITE, 7), w.generate(SITE, 8));
        DeadLithiumSpec d = new DeadLithiumSpec("Li", 1e9, new LogNormalSize(1e-6, 0.5), 3, 1e-6, 10e-6);
        assertEquals(d.generate(SITE, 5), d.generate(SITE, 5));
        assertNotEquals(d.generate(SITE, 5), d.generate(SITE, 6));
        MossyLayerSpec p = new MossyLayerSpec("Li", 10e-6, 0.2, 1e-6, 5e-6, true);
        SurfaceSite small = new SurfaceSite(new Vector3d(), new Vector3d(0, 0, 1), 30e-6);
        assertEquals(p.generate(small, 3).toBodies(), p.generate(small, 3).toBodies());
        assertNotEquals(p.generate(small, 3).toBodies(), p.generate(small, 4).toBodies());
    }

    @Test
    void isolatedGranulesAreIsolatedInsideTheLayerAtTheRequestedPacking() {
        SurfaceSite site = new SurfaceSite(new Vector3d(0, 0, 1e-3), new Vector3d(1, 0, 0), 40e-6);
        MossyLayer layer = new MossyLayerSpec("Li", 12e-6, 0.25, 1e-6, 1e-6, false).generate(site, 11);
        List<Body> g = layer.toBodies();
        assertEquals(layer.count(), g.size());
        double v = g.stream().mapToDouble(Body::volume).sum();
        // packing from a whole number of granules: within one granule of the request
        assertEquals(layer.totalVolume(), v, layer.elementVolume());
        for (int i = 0; i < g.size(); i++) {
            Sphere s = (Sphere) g.get(i);
            Vector3d c = new Vector3d(s.pose().position()).sub(site.centre());
            double h = c.dot(site.normal());
            assertTrue(h >= 1e-6 - 1e-15 && h <= 11e-6 + 1e-15, "granule inside the slab");
            for (int j = 0; j < i; j++) {
                assertTrue(s.pose().position().distance(g.get(j).pose().position()) >= 2e-6 * (1 - 1e-12), "isolated");
            }
        }
        assertThrows(InvalidInputException.class, () -> new MossyLayerSpec("Li", 12e-6, 0.35, 1e-6, 1e-6, false));
    }

    @Test
    void connectedNetworkChainsAreRootedAndJoinedEndToEnd() {
        SurfaceSite site = new SurfaceSite(new Vector3d(), new Vector3d(0, 0, 1), 40e-6);
        MossyLayer layer = new MossyLayerSpec("Li", 10e-6, 0.15, 0.5e-6, 4e-6, true).generate(site, 9);
        List<Body> s = layer.toBodies();
        double v = s.stream().mapToDouble(Body::volume).sum();
        assertTrue(v >= layer.totalVolume() * (1 - 1e-12) && v < layer.totalVolume() + layer.elementVolume(), v + " vs " + layer.totalVolume());
        int per = layer.segmentsPerChain();
        assertEquals(8, per);
        for (int i = 0; i < s.size(); i++) {
            Cylinder c = (Cylinder) s.get(i);
            Vector3d d = new Vector3d(c.axisDirection()).mul(c.length() / 2);
            Vector3d start = new Vector3d(c.pose().position()).sub(d);
            if (i % per == 0) {
                assertEquals(0, start.z, 1e-15, "chain rooted on the face");
                assertTrue(c.axisDirection().z() >= 0);
            } else {
                Cylinder prev = (Cylinder) s.get(i - 1);
                Vector3d end = new Vector3d(prev.axisDirection()).mul(prev.length() / 2).add(prev.pose().position());
                assertTrue(end.distance(start) < 1e-15, "joined end to end");
            }
            Vector3d end = new Vector3d(c.pose().position()).add(d);
            assertTrue(end.z >= -1e-15 && end.z <= 10e-6 + 1e-15, "axis within the slab");
        }
    }

    @Test
    void deadLithiumFragmentsAreDetachedIsotropicAndSized() {
        DeadLithiumSpec spec = new DeadLithiumSpec("Li", 5e10, new LogNormalSize(0.3e-6, 0.3), 4, 2e-6, 10e-6);
        DeadLithiumPopulation p = spec.generate(SITE, 21);
        int n = (int) p.count();
        assertEquals(Math.round(5e10 * SITE.area()), n);
        double[] r = moments(p.equivalentRadii());
        assertEquals(0.3e-6, r[0], 4 * 0.09e-6 / Math.sqrt(n));
        double[] cos2 = new double[n];
        double[] radii = p.equivalentRadii();
        for (int i = 0; i < n; i++) {
            Ellipsoid e = (Ellipsoid) p.fragment(i);
            assertEquals(4, e.semiAxisZ() / e.semiAxisX(), 1e-12);
            assertEquals(4.0 / 3 * Math.PI * Math.pow(radii[i], 3), e.volume(), 1e-12 * e.volume());
            // lowest point along the normal: support function sqrt(sum_j (s_j (R^T n)_j)^2)
            Matrix3d rot = e.pose().rotationMatrix();
            Vector3d nb = rot.transformTranspose(new Vector3d(SITE.normal()));
            double support = Math.sqrt(Math.pow(e.semiAxisX() * nb.x, 2) + Math.pow(e.semiAxisY() * nb.y, 2)
                    + Math.pow(e.semiAxisZ() * nb.z, 2));
            double h = new Vector3d(e.pose().position()).sub(SITE.centre()).dot(SITE.normal());
            assertTrue(h - support >= 2e-6 * (1 - 1e-9), "detached by the gap");
            double c = e.axisDirection().dot(SITE.normal());
            cos2[i] = c * c;
        }
        double[] m = moments(cos2);
        assertEquals(1.0 / 3, m[0], 4 * m[1] / Math.sqrt(n), "isotropic axes");
        assertTrue(p.toBodies().size() == n);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void denseLayerIsADiskOnTheFace(boolean upper) {
        DenseLayer d = new DenseLayerSpec("Li", 5e-6).generate(SITE, 0);
        assertEquals(SITE.area() * 5e-6, d.totalVolume(), 1e-25);
        Body b = d.toBodies().get(0);
        assertEquals(d.totalVolume(), b.volume(), 1e-25);
        Vector3d inside = new Vector3d(SITE.normal()).mul(2.5e-6).add(SITE.centre());
        assertTrue(b.contains(inside));
        assertTrue(!b.contains(new Vector3d(SITE.normal()).mul(-1e-7).add(SITE.centre())));
        // both faces of a disk give opposite normals:
        var disk = new org.metalnmr.geometry.body.Disk("Li", 1e-3, 1e-4, org.metalnmr.geometry.body.Pose.IDENTITY);
        SurfaceSite f = SurfaceSite.ofDiskFace(disk, upper);
        assertEquals(upper ? 1 : -1, f.normal().z(), 0);
        assertEquals(upper ? 5e-5 : -5e-5, f.centre().z(), 1e-20);
    }

    @Test
    void siteBasisIsRightHandedAndOrthonormal() {
        Vector3d u = SITE.tangentU();
        Vector3d v = SITE.tangentV();
        assertEquals(0, u.dot(SITE.normal()), 1e-15);
        assertEquals(0, u.dot(v), 1e-15);
        assertEquals(1, u.length(), 1e-15);
        assertTrue(u.cross(v, new Vector3d()).distance(new Vector3d(SITE.normal())) < 1e-14);
    }
}
