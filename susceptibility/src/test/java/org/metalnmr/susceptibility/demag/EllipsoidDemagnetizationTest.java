package org.metalnmr.susceptibility.demag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EllipsoidDemagnetizationTest extends DemagnetizationModelContractTest {

    @Override
    DemagnetizationModel[] models() {
        return new DemagnetizationModel[] {new EllipsoidDemagnetization(1, 1, 1), new EllipsoidDemagnetization(3e-4, 2e-4, 1e-4),
            new EllipsoidDemagnetization(1, 10, 100), new EllipsoidDemagnetization(5, 5, 0.01), new EllipsoidDemagnetization(1e-6, 1e-6, 1e-3)};
    }

    @Test
    void sphereIsOneThird() {
        DemagnetizingFactors f = new EllipsoidDemagnetization(2e-5, 2e-5, 2e-5).factors();
        assertEquals(1.0 / 3, f.nxx(), 1e-15);
        assertEquals(1.0 / 3, f.nzz(), 1e-15);
    }

    /** Prolate spheroid, m = c/a > 1 (Osborn 1945 eq. 4.1 / Stoner 1945): N_z = (ln(m + sqrt(m^2-1)) m/sqrt(m^2-1) - 1)/(m^2-1). */
    @ParameterizedTest
    @ValueSource(doubles = {1.5, 2, 5, 20, 1000})
    void prolateSpheroidClosedForm(double m) {
        double e = Math.sqrt(m * m - 1);
        double nz = (m / e * Math.log(m + e) - 1) / (m * m - 1);
        DemagnetizingFactors f = new EllipsoidDemagnetization(1, 1, m).factors();
        assertEquals(nz, f.nzz(), 1e-13);
        assertEquals((1 - nz) / 2, f.nxx(), 1e-13);
    }

    /** Oblate spheroid, m = a/c > 1: N_z = m^2/(m^2-1) (1 - asin(sqrt(m^2-1)/m)/sqrt(m^2-1)). */
    @ParameterizedTest
    @ValueSource(doubles = {1.5, 3, 10, 1e4})
    void oblateSpheroidClosedForm(double m) {
        double e = Math.sqrt(m * m - 1);
        double nz = m * m / (m * m - 1) * (1 - Math.asin(e / m) / e);
        assertEquals(nz, new EllipsoidDemagnetization(m, m, 1).factors().nzz(), 1e-12);
    }

    @Test
    void limitsNeedleAndPlate() {
        DemagnetizingFactors needle = new EllipsoidDemagnetization(1, 1, 1e6).factors();
        assertEquals(0.5, needle.nxx(), 1e-10);
        assertEquals(0, needle.nzz(), 1e-10);
        DemagnetizingFactors plate = new EllipsoidDemagnetization(1, 1, 1e-7).factors();
        assertEquals(1, plate.nzz(), 2e-7, "1 - N_z ~ (pi/2) c/a for a thin oblate spheroid");
    }

    @Test
    void plateTiltGivesCosineSquared() {
        for (double deg = 0; deg <= 90; deg += 15) {
            double t = Math.toRadians(deg);
            assertEquals(Math.cos(t) * Math.cos(t), DemagnetizingFactors.THIN_PLATE.labNzz(BodyOrientation.tilt(t)), 1e-15);
            assertEquals(Math.sin(t) * Math.sin(t) / 2, DemagnetizingFactors.LONG_NEEDLE.labNzz(BodyOrientation.tilt(t)), 1e-15);
        }
    }
}
