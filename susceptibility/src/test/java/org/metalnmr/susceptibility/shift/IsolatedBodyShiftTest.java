package org.metalnmr.susceptibility.shift;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.metalnmr.core.materials.Materials;
import org.metalnmr.susceptibility.shift.IsolatedBodyShift.LimitingShape;

class IsolatedBodyShiftTest {

    private static final MetalShiftParameters LI = MetalShiftParameters.of(Materials.byName("Li"), "7Li");

    @Test
    void lithiumParametersComeFromTheMaterialTable() {
        assertEquals(Materials.byName("Li").chi(), LI.chi());
        assertEquals(Materials.byName("Li").knightShiftPpm("7Li"), LI.knightShiftPpm());
    }

    /** docs/physics.md sect. 4 limits: plate -2chi/3 (normal along B0) and +chi/3 (along B0); needle +chi/3 and -chi/6; sphere 0. */
    @Test
    void limitingShapes() {
        double k = LI.knightShiftPpm();
        double c = 1e6 * LI.chi();
        assertEquals(k - 2 * c / 3, IsolatedBodyShift.shiftPpm(LI, LimitingShape.PLATE, 0), 1e-12);
        assertEquals(k + c / 3, IsolatedBodyShift.shiftPpm(LI, LimitingShape.PLATE, Math.PI / 2), 1e-12);
        assertEquals(k + c / 3, IsolatedBodyShift.shiftPpm(LI, LimitingShape.NEEDLE, 0), 1e-12);
        assertEquals(k - c / 6, IsolatedBodyShift.shiftPpm(LI, LimitingShape.NEEDLE, Math.PI / 2), 1e-12);
        assertEquals(k, IsolatedBodyShift.shiftPpm(LI, LimitingShape.SPHERE, 0.7), 1e-12);
        // magic angle: cos^2 = 1/3, no BMS shift for any axisymmetric body
        double magic = Math.acos(Math.sqrt(1.0 / 3));
        assertEquals(k, IsolatedBodyShift.shiftPpm(LI, LimitingShape.PLATE, magic), 1e-12);
        assertEquals(k, IsolatedBodyShift.shiftPpm(LI, LimitingShape.NEEDLE, magic), 1e-12);
    }
}
