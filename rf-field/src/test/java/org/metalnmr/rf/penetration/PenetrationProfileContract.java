package org.metalnmr.rf.penetration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hipparchus.complex.Complex;
import org.junit.jupiter.api.Test;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.rf.signal.BodySignal;
import org.metalnmr.rf.signal.ReciprocitySignal;

/**
 * What every {@link PenetrationProfile} must satisfy: thin and thick limits, closed form against
 * quadrature, dependence on size/d only, thin-body nutation sin(theta0), refusal of bad input.
 */
abstract class PenetrationProfileContract {

    /** @return the body with the given size [m] and skin depth [m] */
    abstract PenetrationProfile create(double size, double skinDepth);

    /** @return a body-frame point inside the body, at fraction f of the way from centre (or back) to surface */
    abstract double[] interiorPoint(PenetrationProfile p, double fraction);

    /** @return a point just outside the metal */
    abstract double[] exteriorPoint(PenetrationProfile p);

    /**
     * @return the order in size/d of the leading deviation from uniform penetration: 2 for bodies
     *         driven symmetrically (h = 1 + O(kappa^2 size^2)), 1 for the half-space (h = 1 - kappa z)
     */
    int thinLimitOrder() {
        return 2;
    }

    private double thinTolerance(double ratio) {
        return 10 * Math.pow(ratio, thinLimitOrder());
    }

    /** Thin body: h = applied field everywhere (to O((size/d)^2)), S/V = 1, phase 0. */
    @Test
    void thinBodyIsUniformlyPenetrated() {
        PenetrationProfile p = create(1e-9, 1e-5);
        double tol = thinTolerance(1e-4);
        BodySignal s = ReciprocitySignal.smallFlip(p);
        assertEquals(1.0, s.magnitude(), tol);
        assertEquals(0.0, Math.toRadians(s.phaseDeg()), tol);
        assertEquals(1.0, s.visibleFraction(), tol);
        for (double f : new double[] {0, 0.3, 0.7, 1}) {
            double[] x = interiorPoint(p, f);
            ComplexVector3 h = p.field(x[0], x[1], x[2]);
            assertEquals(1.0, h.normSquared(), tol, "|h|^2 at fraction " + f);
        }
    }

    /**
     * Thick body (size/d = 2e4): the skin-layer value and -45 degrees. Curved surfaces carry
     * corrections of relative order d/size, so the tolerance is 10 d/size.
     */
    @Test
    void thickBodyGivesSkinLayerValueAndMinus45Degrees() {
        double ratio = 2e4;
        PenetrationProfile p = create(ratio * 1e-5, 1e-5);
        Complex s = p.signalPerVolume();
        Complex skin = p.skinLayerSignalPerVolume();
        assertTrue(s.subtract(skin).norm() < 10 / ratio * skin.norm(), s + " vs skin layer " + skin);
        assertEquals(-45.0, ReciprocitySignal.smallFlip(p).phaseDeg(), 0.05);
        assertEquals(-45.0, Math.toDegrees(skin.getArgument()), 1e-12);
    }

    /** The closed-form S/V equals the quadrature of h . h from {@link PenetrationProfile#field}'s own profile. */
    @Test
    void closedFormSignalEqualsQuadrature() {
        for (double ratio : new double[] {0.5, 2, 8, 40, 300}) {
            PenetrationProfile p = create(ratio * 2e-6, 2e-6);
            Complex closed = p.signalPerVolume();
            Complex quad = ReciprocitySignal.smallFlipByQuadrature(p).perVolume();
            assertTrue(closed.subtract(quad).norm() < 1e-11 * closed.norm(), "size/d " + ratio + ": " + closed + " vs " + quad);
        }
    }

    /** Quadrature of 1 gives 1: the rule covers the whole volume. */
    @Test
    void quadratureCoversTheVolume() {
        for (double ratio : new double[] {0.01, 3, 1e3, 1e5}) {
            Complex one = create(ratio * 1e-6, 1e-6).volumeAverage((hh, n2) -> Complex.ONE);
            assertEquals(1.0, one.getReal(), 1e-13, "size/d " + ratio);
            assertEquals(0.0, one.getImaginary(), 0.0);
        }
    }

    /** Only size/d matters. */
    @Test
    void dependsOnSizeOverSkinDepthOnly() {
        Complex a = create(3e-5, 1e-5).signalPerVolume();
        Complex b = create(3e-3, 1e-3).signalPerVolume();
        assertTrue(a.subtract(b).norm() < 1e-13, a + " vs " + b);
        double[] x = interiorPoint(create(3e-5, 1e-5), 0.6);
        ComplexVector3 ha = create(3e-5, 1e-5).field(x[0], x[1], x[2]);
        ComplexVector3 hb = create(3e-3, 1e-3).field(x[0] * 100, x[1] * 100, x[2] * 100);
        assertTrue(ha.x().subtract(hb.x()).norm() + ha.y().subtract(hb.y()).norm() + ha.z().subtract(hb.z()).norm() < 1e-13);
    }

    /** The field decays into the metal: |h| inside below |h| at the surface for a thick body; no overflow at size/d = 1e6. */
    @Test
    void fieldDecaysInwardAndNeverOverflows() {
        PenetrationProfile p = create(1.0, 1e-6);
        double[] surface = interiorPoint(p, 1);
        double[] deep = interiorPoint(p, 0.5);
        double hs = p.field(surface[0], surface[1], surface[2]).normSquared();
        double hd = p.field(deep[0], deep[1], deep[2]).normSquared();
        assertTrue(hs > 0.1 && Double.isFinite(hs), "surface |h|^2 " + hs);
        assertEquals(0.0, hd, 1e-300);
        assertTrue(Double.isFinite(p.signalPerVolume().getReal()));
    }

    /** Nutation of a thin body: S(theta0)/V = sin(theta0), phase 0. */
    @Test
    void thinBodyNutationIsSine() {
        PenetrationProfile p = create(1e-9, 1e-5);
        for (double deg : new double[] {10, 45, 90, 135, 180, 270, 450}) {
            double t = Math.toRadians(deg);
            Complex s = ReciprocitySignal.atFlipAngle(p, t).perVolume();
            assertEquals(Math.sin(t), s.getReal(), thinTolerance(1e-4) * (1 + t), "flip " + deg);
            assertEquals(0.0, s.getImaginary(), thinTolerance(1e-4) * (1 + t), "flip " + deg);
        }
    }

    /** Small flips: S(theta0)/(theta0 V) -&gt; the small-flip S/V; large flips converge as the rule is refined. */
    @Test
    void nutationLimitsAndConvergence() {
        PenetrationProfile p = create(6e-5, 1e-5);
        Complex small = ReciprocitySignal.atFlipAngle(p, 1e-6).perVolume().divide(1e-6);
        assertTrue(small.subtract(p.signalPerVolume()).norm() < 1e-10, small + " vs " + p.signalPerVolume());
        double t = 3 * Math.PI;
        Complex coarse = ReciprocitySignal.atFlipAngle(p, t).perVolume();
        Complex fine = p.volumeAverage((hh, n2) -> {
            double abs = Math.sqrt(n2);
            return abs == 0 ? hh.multiply(t) : hh.multiply(Math.sin(t * abs) / abs);
        }, 12);
        assertTrue(coarse.subtract(fine).norm() < 1e-10, coarse + " vs " + fine);
    }

    @Test
    void refusesBadInput() {
        assertThrows(InvalidInputException.class, () -> create(-1e-3, 1e-5));
        assertThrows(InvalidInputException.class, () -> create(0, 1e-5));
        assertThrows(InvalidInputException.class, () -> create(1e-3, 0));
        assertThrows(InvalidInputException.class, () -> create(Double.NaN, 1e-5));
        PenetrationProfile p = create(1e-3, 1e-5);
        double[] out = exteriorPoint(p);
        assertThrows(InvalidInputException.class, () -> p.field(out[0], out[1], out[2]));
    }
}
