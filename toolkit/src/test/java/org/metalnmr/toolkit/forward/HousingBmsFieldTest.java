package org.metalnmr.toolkit.forward;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.joml.Quaterniond;
import org.joml.Vector3d;
import org.junit.jupiter.api.Test;
import org.metalnmr.core.materials.Materials;
import org.metalnmr.geometry.body.Ellipsoid;
import org.metalnmr.geometry.body.Pose;
import org.metalnmr.geometry.body.Sphere;
import org.metalnmr.geometry.cell.Part;
import org.metalnmr.geometry.cell.PartRole;
import org.metalnmr.susceptibility.demag.EllipsoidDemagnetization;

/**
 * The housing's BMS field against closed forms that are exact to first order in chi (Osborn's
 * uniform interior field of an ellipsoid, chi (1/3 - N_zz), and linear superposition of sources).
 */
class HousingBmsFieldTest {

    private static final double CHI_AIR = Materials.byName("air").chi();
    private static final double CHI_PEEK = Materials.byName("PEEK").chi() - CHI_AIR;
    private static final double CHI_LI = Materials.byName("Li").chi() - CHI_AIR;

    /** A PEEK ellipsoid tilted 30 deg about x: 3 x 2 x 1.5 mm semi-axes. */
    private static Part ellipsoidHousing() {
        Pose tilt = new Pose(new Vector3d(), new Quaterniond().rotateX(Math.toRadians(30)));
        return new Part("housing", PartRole.HOUSING, new Ellipsoid("PEEK", 3e-3, 2e-3, 1.5e-3, tilt));
    }

    private static double ellipsoidInteriorPpm() {
        double nzz = new EllipsoidDemagnetization(3e-3, 2e-3, 1.5e-3).factors()
                .labNzz(new Quaterniond().rotateX(Math.toRadians(30)));
        return CHI_PEEK * 1e6 * (1.0 / 3 - nzz);
    }

    /** Largest error over interior points within half the semi-axes of the centre [ppm]. */
    private static double envelopeError(int voxelsAcross) {
        HousingEnvelopeField f = HousingEnvelopeField.solve(List.of(ellipsoidHousing()), voxelsAcross);
        double want = ellipsoidInteriorPpm();
        double worst = 0;
        double[][] pts = {{0, 0, 0}, {1.2e-3, 0, 0}, {0, 0.8e-3, 0.3e-3}, {-1e-3, -0.5e-3, -0.4e-3}, {0.5e-3, 0.5e-3, 0.5e-3}};
        for (double[] p : pts) {
            worst = Math.max(worst, Math.abs(f.shiftPpm(p[0], p[1], p[2]) - want));
        }
        return worst;
    }

    @Test
    void ellipsoidEnvelopeInteriorConvergesToOsbornsUniformField() {
        double e16 = envelopeError(16);
        double e32 = envelopeError(32);
        double e64 = envelopeError(64);
        // the interior value is about +0.6 ppm; the default grid (64 across) is within 0.01 ppm (1e-3 chi_PEEK),
        // and the error falls as the coarse grid is refined (staircase of partial-volume surface voxels)
        assertTrue(Math.abs(ellipsoidInteriorPpm()) > 0.3, "test needs a non-zero interior field");
        assertTrue(e64 < 0.01, "error at 64 voxels " + e64 + " ppm");
        assertTrue(e64 < e32 && e32 < e16, "errors " + e16 + ", " + e32 + ", " + e64);
    }

    @Test
    void noHousingOrAnAirHousingGivesNoField() {
        assertEquals(0, HousingEnvelopeField.solve(List.of(), 64).shiftPpm(0, 0, 0));
        Part air = new Part("housing", PartRole.HOUSING, new Sphere("air", 3e-3, Pose.IDENTITY));
        assertEquals(0, HousingEnvelopeField.solve(List.of(air), 64).shiftPpm(0, 0, 0));
    }

    /**
     * A Li oblate spheroid (cavity) inside a PEEK sphere (envelope): the shift inside the Li is exactly
     * (chi_Li - chi_PEEK)(1/3 - N_zz) (the sphere alone gives 0 inside; the cavity filled with Li is a
     * chi_Li - chi_PEEK ellipsoid), so the housing moves the Li line by chi_PEEK (N_zz - 1/3).
     */
    @Test
    void metalEllipsoidInASphericalHousingSeesItsContrastToTheHousing() {
        Ellipsoid li = new Ellipsoid("Li", 1.2e-3, 1.2e-3, 0.4e-3, Pose.IDENTITY);
        Part metal = new Part("counter-electrode", PartRole.ELECTRODE, li);
        Part sphere = new Part("housing", PartRole.HOUSING, new Sphere("PEEK", 3e-3, Pose.IDENTITY));
        ForwardModelOptions o = ForwardModelOptions.defaults().withBmsVoxelSize(50e-6);
        Vector3d n = new Vector3d(0, 0, 1);
        CellBmsField without = CellBmsField.solve(List.of(metal), n, 1, o);
        CellBmsField with = CellBmsField.solve(List.of(metal, sphere), n, 1, o);
        double nzz = new EllipsoidDemagnetization(1.2e-3, 1.2e-3, 0.4e-3).factors().nzz();
        double housingWant = CHI_PEEK * 1e6 * (nzz - 1.0 / 3);
        double totalWant = (CHI_LI - CHI_PEEK) * 1e6 * (1.0 / 3 - nzz);
        double[][] pts = {{0, 0, 0}, {0.5e-3, 0, 0.1e-3}, {0, -0.6e-3, -0.15e-3}};
        for (double[] p : pts) {
            Vector3d r = new Vector3d(p[0], p[1], p[2]);
            double housing = with.insideShiftPpm(r) - without.insideShiftPpm(r);
            // the housing term (about -2 ppm) to 0.02 ppm: its sharp part is solved on the 50 um stack grid,
            // whose partial-volume ellipsoid is good to about 1e-3 of its contrast (docs/susceptibility.md)
            assertEquals(housingWant, housing, 0.02, "housing term at " + r);
            // the total (about -25 ppm) to 0.3 % of the contrast chi_Li - chi_PEEK
            assertEquals(totalWant, with.insideShiftPpm(r), 0.003 * (CHI_LI - CHI_PEEK) * 1e6, "total at " + r);
        }
        assertTrue(Math.abs(housingWant) > 1, "the housing term is not negligible here: " + housingWant);
    }
}
