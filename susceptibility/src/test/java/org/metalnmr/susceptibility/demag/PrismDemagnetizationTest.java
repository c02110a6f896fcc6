package org.metalnmr.susceptibility.demag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PrismDemagnetizationTest extends DemagnetizationModelContractTest {

    @Override
    DemagnetizationModel[] models() {
        return new DemagnetizationModel[] {new PrismDemagnetization(1, 1, 1), new PrismDemagnetization(3, 2, 1),
            new PrismDemagnetization(1e-4, 1e-4, 1e-6), new PrismDemagnetization(1, 1, 1e4), new PrismDemagnetization(0.2, 7, 1.3)};
    }

    @Test
    void cubeIsOneThird() {
        DemagnetizingFactors f = new PrismDemagnetization(1e-3, 1e-3, 1e-3).factors();
        assertEquals(1.0 / 3, f.nxx(), 1e-14);
        assertEquals(1.0 / 3, f.nyy(), 1e-14);
        assertEquals(1.0 / 3, f.nzz(), 1e-14);
    }

    @Test
    void longSquareBarAndThinPlate() {
        DemagnetizingFactors bar = new PrismDemagnetization(1, 1, 1e4).factors();
        // long bar: N_z ~ (2/pi) (a/c) ln(...) -> 0, transverse -> 1/2
        assertEquals(0.5, bar.nxx(), 1e-4);
        assertEquals(0, bar.nzz(), 2e-4);
        DemagnetizingFactors plate = new PrismDemagnetization(1, 1, 1e-5).factors();
        assertEquals(1, plate.nzz(), 1e-4);
    }

    /** Permuting the edges permutes the factors (the formula is used for all three axes). */
    @Test
    void symmetryOfSwappedEdges() {
        DemagnetizingFactors f = new PrismDemagnetization(3, 2, 1).factors();
        DemagnetizingFactors g = new PrismDemagnetization(1, 3, 2).factors();
        assertEquals(f.nxx(), g.nyy(), 1e-14);
        assertEquals(f.nyy(), g.nzz(), 1e-14);
        assertEquals(f.nzz(), g.nxx(), 1e-14);
    }
}
