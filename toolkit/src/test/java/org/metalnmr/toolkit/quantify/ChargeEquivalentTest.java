package org.metalnmr.toolkit.quantify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.core.materials.Materials;

class ChargeEquivalentTest {

    @Test
    void oneMilliampereHourIsDomainValue() {
        // docs/physics.md section 5: 1 mAh = 37.3 umol of Li = 0.259 mg
        assertEquals(37.3e-6, ChargeEquivalent.molesFromMilliampereHours(1), 0.05e-6);
        assertEquals(0.259e-6, ChargeEquivalent.massFromMilliampereHours(Materials.byName("Li"), 1), 0.0005e-6);
    }

    @Test
    void volumeAndChargeAreInverse() {
        // a 1 cm^2 x 4.85 um Li layer is about 1 mAh (a standard battery rule of thumb: 4.85 um per mAh/cm^2)
        double v = 1e-4 * 4.85e-6;
        assertEquals(1.0, ChargeEquivalent.milliampereHoursFromVolume(Materials.byName("Li"), v), 0.01);
        assertEquals(2.5, ChargeEquivalent.milliampereHoursFromMoles(ChargeEquivalent.molesFromMilliampereHours(2.5)), 1e-12);
    }

    @Test
    void rejectsNegativeAmounts() {
        assertThrows(InvalidInputException.class, () -> ChargeEquivalent.molesFromMilliampereHours(-1));
    }
}
