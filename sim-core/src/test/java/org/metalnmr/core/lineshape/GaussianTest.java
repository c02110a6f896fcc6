package org.metalnmr.core.lineshape;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class GaussianTest extends LineshapeContractTest {

    @Override
    List<Lineshape> lineshapes() {
        return List.of(new Gaussian(1.0), new Gaussian(2.5));
    }

    @Override
    Lineshape withParameters(double[] params) {
        return new Gaussian(params[0]);
    }

    /** Peak height of a unit-area Gaussian of standard deviation sigma is 1/(sigma sqrt(2 pi)). */
    @Test
    void peakHeightByHand() {
        double sigma = 0.8;
        Gaussian g = new Gaussian(sigma * Math.sqrt(2 * Math.log(2)));
        assertEquals(1 / (sigma * Math.sqrt(2 * Math.PI)), g.absorption(0), 1e-15);
    }
}
