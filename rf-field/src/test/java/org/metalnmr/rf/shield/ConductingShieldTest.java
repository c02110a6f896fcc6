package org.metalnmr.rf.shield;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hipparchus.complex.Complex;
import org.junit.jupiter.api.Test;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.core.materials.Materials;
import org.metalnmr.rf.penetration.BackedSlabPenetration;
import org.metalnmr.rf.skin.SkinDepth;

class ConductingShieldTest {

    /** |cosh((1+i)x)|^2 = (cosh 2x + cos 2x)/2: an independent form of |T| for l = 0. */
    @Test
    void sheetMagnitudeMatchesRealForm() {
        for (double x : new double[] {0.01, 0.5, 1.07, 3, 20}) {
            double expected = 1 / Math.sqrt((Math.cosh(2 * x) + Math.cos(2 * x)) / 2);
            assertEquals(expected, ConductingShield.sheet(x * 1e-5, 1e-5).transmission().norm(), 1e-14 * Math.max(expected, 1e-300) + 1e-300);
        }
    }

    @Test
    void limits() {
        assertEquals(1.0, ConductingShield.sheet(1e-9, 1e-5).transmission().norm(), 1e-7);
        ConductingShield thick = ConductingShield.sheet(40e-5, 1e-5);
        assertEquals(2 * Math.exp(-40), thick.transmission().norm(), 1e-12 * 2 * Math.exp(-40));
        // thick wall: T = 2 exp(-(1+i) t/d), a phase lag of t/d = 40 rad (wrapped to (-pi, pi])
        assertEquals(Math.IEEEremainder(-40, 2 * Math.PI), thick.transmission().getArgument(), 1e-12);
        assertTrue(Double.isFinite(ConductingShield.sheet(1, 1e-6).transmission().getReal()));
        Complex t = new ConductingShield(1e-5, 1e-5, 1e-3).transmission();
        assertEquals(t.multiply(t).getReal(), new ConductingShield(1e-5, 1e-5, 1e-3).transmitReceive().getReal(), 1e-15);
    }

    /** l = 0 is the field at the back of a layer on a perfect conductor: the same physics, two classes. */
    @Test
    void sheetEqualsBackFaceOfBackedSlab() {
        for (double ratio : new double[] {0.3, 1, 4}) {
            Complex a = ConductingShield.sheet(ratio * 1e-5, 1e-5).transmission();
            Complex b = BackedSlabPenetration.onPerfectConductor(ratio * 1e-5, 1e-5).field(0, 0, ratio * 1e-5).x();
            assertTrue(a.subtract(b).norm() < 1e-14);
        }
    }

    /**
     * An enclosure: thin-wall limit t &lt;&lt; d gives T = 1/(1 + kappa l t kappa) = 1/(1 + 2i l t/d^2), the
     * L/R screening of a thin shell (Fahy, Kittel &amp; Louie 1988: screening sets in when l t ~ d^2).
     */
    @Test
    void thinEnclosureIsLrScreen() {
        double d = 1e-5;
        double t = 1e-8;
        double l = 1e-3;
        Complex expected = Complex.ONE.add(new Complex(0, 2 * l * t / (d * d))).reciprocal();
        Complex actual = new ConductingShield(t, d, l).transmission();
        assertTrue(actual.subtract(expected).norm() < 1e-4 * expected.norm(), actual + " vs " + expected);
    }

    /** docs/physics.md: 10 um Al at 77 MHz. The model gives |T| = 0.728 and |T^2| = 0.53 (see ConductingShield). */
    @Test
    void aluminiumPouchAt77MHz() {
        double d = SkinDepth.skinDepth(Materials.byName("Al"), 77e6, 293);
        assertEquals(9.34e-6, d, 0.01e-6);
        ConductingShield al = ConductingShield.sheet(10e-6, d);
        assertEquals(0.728, al.transmission().norm(), 0.002);
        assertEquals(0.27, al.fieldAttenuation(), 0.005);
        assertEquals(0.47, al.signalAttenuation(), 0.005);
    }

    @Test
    void refusesBadInput() {
        assertThrows(InvalidInputException.class, () -> ConductingShield.sheet(0, 1e-5));
        assertThrows(InvalidInputException.class, () -> new ConductingShield(1e-5, 1e-5, -1));
    }
}
