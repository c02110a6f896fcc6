package org.metalnmr.microstructure.field;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.metalnmr.core.error.InvalidInputException;

/** Work that would not fit is refused before allocating, naming the cubic grid that would fit. */
class MemoryCheckTest {

    @Test
    void refusesAndNamesWhatWouldFit() {
        long need = PatchFieldSolver.estimateBytes(16384, 16384, 16384, 16384, 16384, 20000);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> MemoryCheck.require("field solve", 16384, 16384, 16384, new int[] {16384, 16384, 20000}, need, true));
        assertTrue(e.getMessage().matches(".*a grid of at most \\d+\\^3 voxels would fit.*"), e.getMessage());
        assertTrue(e.getMessage().lines().count() == 1);
    }

    /** 20 bytes per voxel or less for the standard patch (the padded FFT grid is 1.25 times the grid along z). */
    @Test
    void patchSolveNeedsAtMostTwentyBytesPerVoxel() {
        long n = 256;
        long bytes = PatchFieldSolver.estimateBytes(n, n, n, n, n, 320);
        assertTrue(bytes <= 20 * n * n * n, bytes / (double) (n * n * n) + " bytes per voxel");
    }
}
