package org.metalnmr.rf.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.hipparchus.complex.Complex;
import org.metalnmr.rf.penetration.BodyShape;
import org.junit.jupiter.api.Test;

/**
 * The done-when check of the numerical penetration: a cylinder of diameter 2d agrees with the
 * closed forms (mpmath values of src/test/resources/eddy/cylinder-signal-reference.csv) within 1%
 * in both field directions, and the slab with its cosh closed form.
 */
class NumericPenetrationTest {

    private static final double D = 12.3e-6;

    private static void assertWithin(Complex expected, Complex actual, double relative) {
        assertEquals(0, actual.subtract(expected).norm() / expected.norm(), relative, "expected " + expected + " got " + actual);
    }

    @Test
    void cylinderOfDiameterTwoSkinDepthsWithinOnePercent() {
        // radius/d = 1 row of the reference file
        Complex axial = new Complex(0.79230703015897953, -0.40310037371916772);
        Complex along = new Complex(0.78536017151930157, -0.39695759073773112);
        Complex all = new Complex(0.77841331287962361, -0.39081480775629451);
        NumericPenetration.Result ax = NumericPenetration.signal(BodyShape.CYLINDER_AXIAL, 2 * D, D);
        NumericPenetration.Result tr = NumericPenetration.signal(BodyShape.CYLINDER_TRANSVERSE, 2 * D, D);
        // the done-when criterion is 1%; at hMin = d/8 the error is about 1e-3
        assertWithin(axial, ax.signalPerVolume(), 0.01);
        assertWithin(all, tr.signalPerVolume(), 0.01);
        assertWithin(along, tr.signalPerVolumeAlongApplied(), 0.01);
        assertWithin(axial, ax.signalPerVolume(), 2e-3);
        assertWithin(all, tr.signalPerVolume(), 2e-3);
    }

    @Test
    void agreesWithTheClosedFormsOfRfPenetration() {
        for (double s : new double[] {0.6 * D, 2 * D, 5 * D}) {
            assertWithin(new org.metalnmr.rf.penetration.AxialCylinderPenetration(s, D).signalPerVolume(),
                    NumericPenetration.signal(BodyShape.CYLINDER_AXIAL, s, D).signalPerVolume(), 0.01);
            assertWithin(new org.metalnmr.rf.penetration.TransverseCylinderPenetration(s, D).signalPerVolume(),
                    NumericPenetration.signal(BodyShape.CYLINDER_TRANSVERSE, s, D).signalPerVolume(), 0.01);
            assertWithin(new org.metalnmr.rf.penetration.SlabPenetration(s, D).signalPerVolume(),
                    NumericPenetration.signal(BodyShape.SLAB, s, D).signalPerVolume(), 0.01);
        }
    }

    @Test
    void slabMatchesCoshProfile() {
        for (double t : new double[] {0.5 * D, 3 * D, 30 * D}) {
            Complex kt = new Complex(1, 1).multiply(t / D);
            Complex ch = kt.divide(2).cosh();
            Complex exact = Complex.ONE.add(kt.sinh().divide(kt)).divide(ch.multiply(ch).multiply(2));
            assertWithin(exact, NumericPenetration.signal(BodyShape.SLAB, t, D).signalPerVolume(), 5e-3);
        }
    }

    @Test
    void thickSphereApproachesSurfaceImpedanceLimit() {
        // S/V = 1.5 * 4 pi a^2 * d (1 - i) / 4 / (4/3 pi a^3) = (9/8) (d / a) (1 - i); the staircase
        // surface field is a few % low at 12 voxels per radius (PotentialSolver3DTest)
        double a = 50 * D;
        NumericPenetration.Result r = NumericPenetration.signal(BodyShape.SPHERE, 2 * a, D);
        double exact = 9.0 / 8.0 * D / a;
        assertEquals(exact, r.signalPerVolume().getReal(), 0.1 * exact);
        assertEquals(-r.signalPerVolume().getReal(), r.signalPerVolume().getImaginary(), 1e-12);
    }
}
