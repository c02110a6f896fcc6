package org.metalnmr.core.lineshape;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class PseudoVoigtTest extends LineshapeContractTest {

    @Override
    List<Lineshape> lineshapes() {
        return List.of(new PseudoVoigt(1.0, 0.3), new PseudoVoigt(0.6, 0.85), new PseudoVoigt(1.3, 0.0), new PseudoVoigt(1.3, 0.97));
    }

    @Override
    Lineshape withParameters(double[] params) {
        return new PseudoVoigt(params[0], params[1]);
    }

    @Test
    void endPointsAreLorentzianAndGaussian() {
        for (double x : new double[] {0, 0.4, 3}) {
            assertEquals(new Lorentzian(0.7).absorption(x), new PseudoVoigt(0.7, 1).absorption(x), 1e-16);
            assertEquals(new Gaussian(0.7).dispersion(x), new PseudoVoigt(0.7, 0).dispersion(x), 1e-16);
        }
    }
}
