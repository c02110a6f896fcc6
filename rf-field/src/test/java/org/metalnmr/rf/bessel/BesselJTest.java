package org.metalnmr.rf.bessel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.hipparchus.complex.Complex;
import org.junit.jupiter.api.Test;
import org.metalnmr.core.error.InvalidInputException;

class BesselJTest {

    private static final List<ReferenceValues> REF = ReferenceValues.load("/bessel/cylindrical-j.csv");

    /** The Kelvin rays (the skin-effect arguments): 1e-10 is the brief's bound; the code reaches about 1e-13. */
    @Test
    void matchesMpmathOnKelvinRays() {
        double worst = 0;
        int count = 0;
        for (ReferenceValues r : REF) {
            if (r.kind().equals("ray")) {
                worst = Math.max(worst, r.relativeError(BesselJ.scaled(r.n(), r.z())));
                count++;
            }
        }
        assertEquals(640, count);
        assertTrue(worst < 1e-12, "worst relative error on the Kelvin rays " + worst);
    }

    /**
     * General complex arguments (seeded random angles). The relative error is meaningful away from the
     * real zeros of J_n only: points with |Im z| &lt; 0.5 and |z| &gt; 1 are compared in absolute terms
     * against the envelope sqrt(2/(pi|z|)) e^{|Im z|} instead.
     */
    @Test
    void matchesMpmathAtGeneralArguments() {
        double worst = 0;
        for (ReferenceValues r : REF) {
            if (!r.kind().equals("general")) {
                continue;
            }
            Complex c = BesselJ.scaled(r.n(), r.z());
            double err;
            if (Math.abs(r.z().getImaginary()) < 0.5 && r.z().norm() > 1) {
                err = c.subtract(r.value()).norm() / Math.sqrt(2 / (Math.PI * r.z().norm()));
            } else {
                err = r.relativeError(c);
            }
            worst = Math.max(worst, err);
        }
        assertTrue(worst < 1e-10, "worst relative error at general z " + worst);
    }

    /** Series vs Bessel's integral around the first cross-over (|z| = 4), all directions. */
    @Test
    void seriesAndIntegralAgreeAroundFirstCrossOver() {
        double worst = 0;
        for (double r = 2.5; r <= 6; r += 0.25) {
            for (int a = 0; a < 24; a++) {
                Complex z = Complex.valueOf(r * Math.cos(a * Math.PI / 12 + 0.1), r * Math.sin(a * Math.PI / 12 + 0.1));
                for (int n = 0; n <= 3; n++) {
                    Complex s = BesselJ.series(n, z);
                    Complex i = BesselJ.integral(n, z);
                    worst = Math.max(worst, s.subtract(i).norm() / i.norm());
                }
            }
        }
        assertTrue(worst < 1e-12, "series vs integral " + worst);
    }

    /** Bessel's integral vs Hankel's expansion around the second cross-over (|z| = 25), all directions. */
    @Test
    void integralAndAsymptoticAgreeAroundSecondCrossOver() {
        double worst = 0;
        for (double r = 18; r <= 40; r += 1.0) {
            for (int a = 0; a < 24; a++) {
                double phi = a * Math.PI / 12 + 0.1;
                Complex z = Complex.valueOf(r * Math.cos(phi), r * Math.sin(phi));
                for (int n = 0; n <= 3; n++) {
                    Complex i = BesselJ.integral(n, z);
                    Complex h = BesselJ.asymptotic(n, z);
                    double scale = Math.max(i.norm(), Math.sqrt(2 / (Math.PI * r)) * 1e-2);
                    worst = Math.max(worst, i.subtract(h).norm() / scale);
                }
            }
        }
        assertTrue(worst < 1e-12, "integral vs Hankel " + worst);
    }

    /**
     * The Kelvin functions by their power series and by Hankel's expansion on the ray x e^{3 pi i/4}, in
     * the overlap 15 &lt;= x &lt;= 30 where both are accurate: the series loses e^{(1 - 1/sqrt2) x}
     * (at most 7e3 x 1e-16 at x = 30), Hankel's smallest term is about e^{-2x} (1e-13 at x = 15).
     */
    @Test
    void kelvinSeriesAndAsymptoticAgreeInOverlap() {
        double worst = 0;
        for (double x = 15; x <= 30; x += 0.5) {
            Complex z = Complex.valueOf(-x * Math.sqrt(0.5), x * Math.sqrt(0.5));
            for (int n = 0; n <= 3; n++) {
                Complex s = BesselJ.series(n, z);
                Complex h = BesselJ.asymptotic(n, z);
                worst = Math.max(worst, s.subtract(h).norm() / h.norm());
            }
        }
        assertTrue(worst < 1e-10, "Kelvin series vs Hankel " + worst);
    }

    @Test
    void kelvinFunctionsMatchMpmath() {
        double worst = 0;
        for (ReferenceValues r : ReferenceValues.load("/bessel/kelvin.csv")) {
            Complex c = KelvinFunctions.berBei(r.z().getReal());
            worst = Math.max(worst, r.relativeError(c));
            assertEquals(r.value().getReal(), KelvinFunctions.ber(r.z().getReal()), 1e-12 * r.value().norm());
        }
        assertTrue(worst < 1e-12, "ber + i bei " + worst);
    }

    /**
     * The recurrence J_0 + J_2 = (2/z) J_1 (DLMF 10.6.1) across all three regimes. On the Kelvin ray J_2 is
     * about -J_0, so the sum cancels to O(1/|z|): the error is measured against |J_0|.
     */
    @Test
    void recurrenceHoldsAcrossRegimes() {
        for (double r : new double[] {0.01, 1, 3.9, 4.1, 10, 24.9, 25.1, 100, 499}) {
            Complex z = Complex.valueOf(r * Math.cos(-Math.PI / 4), r * Math.sin(-Math.PI / 4));
            Complex lhs = BesselJ.scaled(0, z).add(BesselJ.scaled(2, z));
            Complex rhs = BesselJ.scaled(1, z).multiply(2).divide(z);
            assertTrue(lhs.subtract(rhs).norm() < 1e-13 * BesselJ.scaled(0, z).norm(), "r = " + r);
        }
    }

    @Test
    void refusesBadInput() {
        assertThrows(InvalidInputException.class, () -> BesselJ.scaled(4, Complex.ONE));
        assertThrows(InvalidInputException.class, () -> BesselJ.scaled(-1, Complex.ONE));
        assertThrows(InvalidInputException.class, () -> BesselJ.scaled(0, Complex.valueOf(Double.NaN, 0)));
        assertThrows(InvalidInputException.class, () -> BesselJ.value(0, Complex.valueOf(800, 800)));
        assertEquals(1.0, BesselJ.value(0, Complex.ZERO).getReal(), 0.0);
    }
}
