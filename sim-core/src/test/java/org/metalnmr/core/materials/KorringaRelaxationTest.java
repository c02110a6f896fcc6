package org.metalnmr.core.materials;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.core.nuclei.Nuclei;

/** Homogeneous widths from Korringa relaxation: the measured T1 T, the gamma^2 scaling, the unit conversion. */
class KorringaRelaxationTest {

    @Test
    void lithiumAt50CelsiusFromAndersonRedfield() {
        // T1 T = 44 s K: at 323.15 K, T1 = T2 = 0.136 s, FWHM = 1/(pi T2) = 2.34 Hz
        assertEquals(44.0 / 323.15, KorringaRelaxation.t2Seconds("Li", "7Li", 323.15), 1e-12);
        assertEquals(323.15 / (Math.PI * 44.0), KorringaRelaxation.homogeneousFwhmHz("Li", "7Li", 323.15), 1e-12);
    }

    @Test
    void isotopesScaleWithGammaSquaredAndWidthsDifferInPpm() {
        double g7 = Nuclei.bySymbol("7Li").gyromagneticRatio();
        double g6 = Nuclei.bySymbol("6Li").gyromagneticRatio();
        double w7 = KorringaRelaxation.homogeneousFwhmHz("Li", "7Li", 300);
        double w6 = KorringaRelaxation.homogeneousFwhmHz("Li", "6Li", 300);
        assertEquals((g6 / g7) * (g6 / g7), w6 / w7, 1e-12);
        // in ppm of each nucleus's own frequency the ratio is gamma_6/gamma_7 (width ~ gamma^2, frequency ~ gamma)
        double b0 = 11.74;
        double ppm7 = w7 / Nuclei.bySymbol("7Li").larmorFrequency(b0);
        double ppm6 = w6 / Nuclei.bySymbol("6Li").larmorFrequency(b0);
        assertEquals(g6 / g7, ppm6 / ppm7, 1e-12);
        double ppmNa = KorringaRelaxation.homogeneousFwhmHz("Na", "23Na", 300) / Nuclei.bySymbol("23Na").larmorFrequency(b0);
        assertEquals(300 / (Math.PI * 5.1) / Nuclei.bySymbol("23Na").larmorFrequency(b0), ppmNa, 1e-18);
    }

    @Test
    void unknownPairIsRefusedWithTheKnownOnes() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> KorringaRelaxation.of("Mg", "25Mg"));
        assertEquals(true, e.getMessage().contains("Li/7Li"), e.getMessage());
    }
}
