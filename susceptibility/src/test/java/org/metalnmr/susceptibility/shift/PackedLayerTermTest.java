package org.metalnmr.susceptibility.shift;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.joml.Quaterniond;
import org.joml.Vector3d;
import org.junit.jupiter.api.Test;
import org.metalnmr.susceptibility.demag.CylinderDemagnetization;
import org.metalnmr.susceptibility.demag.DemagnetizingFactors;

/** The whisker lab-frame projection and the packed-layer term with the contrast susceptibility. */
class PackedLayerTermTest {

    private final DemagnetizingFactors needle = new CylinderDemagnetization(2e-6, 50e-6).factors();

    @Test
    void axialProjectionEqualsTheRotatedTensor() {
        for (double tilt : new double[] {0, 0.3, 0.9, Math.PI / 2}) {
            Vector3d axis = new Vector3d(Math.sin(tilt) * 0.6, Math.sin(tilt) * 0.8, Math.cos(tilt));
            Quaterniond q = new Quaterniond().rotationTo(new Vector3d(0, 0, 1), axis);
            assertEquals(needle.labNzz(q), PackedDeposit.labNzz(needle, axis), 1e-12, "tilt " + tilt);
        }
    }

    @Test
    void aHostOfTheMetalsOwnSusceptibilityLeavesNoPackedTerm() {
        double chiLi = 2.41e-5;
        // the packed term is linear in the contrast and vanishes with it
        assertEquals(0, PackedDeposit.packedLayerTermPpm(chiLi - chiLi, 0.2, 0.01, 1.0), 0);
        double inVacuum = PackedDeposit.packedLayerTermPpm(chiLi, 0.07, 0.01, 1.0);
        double inPellet = PackedDeposit.packedLayerTermPpm(chiLi - -1.0e-5, 0.07, 0.01, 1.0);
        assertEquals((chiLi + 1.0e-5) / chiLi, inPellet / inVacuum, 1e-12);
        // the record's shift is chi (1/3 - (1-p) N_p - p N_s) with the same term inside
        PackedDeposit layer = new PackedDeposit(0.07, needle, DemagnetizingFactors.THIN_PLATE, new Quaterniond());
        Vector3d up = new Vector3d(0, 0, 1);
        double np = needle.nzz();
        assertEquals(1e6 * chiLi * (1.0 / 3 - 0.93 * np - 0.07 * layer.regionNzz()), layer.bmsShiftPpm(chiLi, up), 1e-9);
    }
}
