package org.metalnmr.susceptibility.demag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.joml.Matrix3d;
import org.joml.Quaterniond;
import org.junit.jupiter.api.Test;

/**
 * Contract every demagnetisation model must satisfy: trace 1 in the body frame, factors in [0, 1],
 * a lab tensor that keeps trace 1 and symmetry under any rotation, and a factor along B0 that does not
 * change when the body turns about B0 (rotation invariance about the field).
 */
abstract class DemagnetizationModelContractTest {

    /** @return models of this kind with assorted proportions */
    abstract DemagnetizationModel[] models();

    @Test
    void traceIsOneAndFactorsInUnitInterval() {
        for (DemagnetizationModel m : models()) {
            DemagnetizingFactors f = m.factors();
            assertEquals(1.0, f.nxx() + f.nyy() + f.nzz(), 1e-12, m.toString());
        }
    }

    @Test
    void labTensorKeepsTraceAndSymmetry() {
        Random rnd = new Random(3);
        for (DemagnetizationModel m : models()) {
            Quaterniond q = new Quaterniond().rotateXYZ(rnd.nextDouble() * 6, rnd.nextDouble() * 6, rnd.nextDouble() * 6);
            Matrix3d n = m.factors().labTensor(q);
            assertEquals(1.0, n.m00() + n.m11() + n.m22(), 1e-12);
            assertEquals(n.m01(), n.m10(), 1e-14);
            assertEquals(n.m02(), n.m20(), 1e-14);
            assertEquals(n.m12(), n.m21(), 1e-14);
            assertEquals(n.m22(), m.factors().labNzz(q), 1e-14, "labNzz is the zz element");
        }
    }

    @Test
    void nzzInvariantUnderRotationAboutB0() {
        for (DemagnetizationModel m : models()) {
            Quaterniond tilt = BodyOrientation.tilt(0.7);
            double ref = m.factors().labNzz(tilt);
            for (double phi = 0.3; phi < 6; phi += 1.1) {
                Quaterniond q = new Quaterniond().rotationZ(phi).mul(tilt);
                assertEquals(ref, m.factors().labNzz(q), 1e-14);
            }
        }
    }
}
