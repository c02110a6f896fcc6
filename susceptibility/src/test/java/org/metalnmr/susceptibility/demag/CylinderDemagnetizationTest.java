package org.metalnmr.susceptibility.demag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.hipparchus.analysis.integration.gauss.GaussIntegrator;
import org.hipparchus.analysis.integration.gauss.GaussIntegratorFactory;
import org.hipparchus.special.BesselJ;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CylinderDemagnetizationTest extends DemagnetizationModelContractTest {

    @Override
    DemagnetizationModel[] models() {
        return new DemagnetizationModel[] {new CylinderDemagnetization(1, 1), new CylinderDemagnetization(8e-3, 2e-5),
            new CylinderDemagnetization(1e-6, 1e-3), new CylinderDemagnetization(2, 0.5)};
    }

    /**
     * Independent reference: N_z = (2R/L) int_0^inf J1(x)^2 (1 - exp(-xL/R)) / x^2 dx (energy of the
     * two charged end disks, derived by Hankel transform), by 10-point Gauss-Legendre on unit panels to
     * X = 600 plus the averaged asymptotic tail 1/(2 pi X^2). The quadrature error is about 1/X^3 ~ 5e-9,
     * hence the 2e-8 tolerance.
     */
    @ParameterizedTest
    @ValueSource(doubles = {0.05, 0.3, 1, 2.5, 10})
    void closedFormEqualsBesselIntegral(double lengthOverDiameter) {
        double rOverL = 0.5 / lengthOverDiameter;
        double beta = 1 / rOverL;
        GaussIntegratorFactory factory = new GaussIntegratorFactory();
        double x1 = 600;
        double sum = 0;
        for (int p = 0; p < x1; p++) {
            GaussIntegrator g = factory.legendre(10, p, p + 1.0);
            sum += g.integrate(x -> {
                double j = BesselJ.value(1, x);
                return j * j * -Math.expm1(-beta * x) / (x * x);
            });
        }
        sum += 1 / (2 * Math.PI * x1 * x1);
        double reference = 2 * rOverL * sum;
        assertEquals(reference, new CylinderDemagnetization(1, lengthOverDiameter).factors().nzz(), 2e-8);
    }

    @Test
    void limitsNeedleAndDisk() {
        double tau = 1e4;
        // leading term of the needle asymptote; the next term is O(1/tau^2)
        assertEquals(4 / (3 * Math.PI * tau), new CylinderDemagnetization(1, tau).factors().nzz(), 1 / (tau * tau));
        assertEquals(1, new CylinderDemagnetization(1, 1e-7).factors().nzz(), 1e-5);
    }

    @Test
    void equalLengthAndDiameterBetweenCubeAndSphereOrdering() {
        // a cylinder with L = D: N_z = 0.31158, below the sphere's 1/3 (the body is longer along z
        // than a sphere of the same diameter would be on average); cross-checked with the integral above
        assertEquals(0.311577, new CylinderDemagnetization(1, 1).factors().nzz(), 1e-6);
    }
}
