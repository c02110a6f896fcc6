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

    /**
     * A 512^3 patch on a heap too small for it (the need made larger than any heap): refused with one line, naming a
     * grid the periodic solve accepts (even, factors 2, 3, 5, 7) whose solve and distance transform fit in 90 % of the
     * heap available.
     */
    @Test
    void refusalAt512NamesAPeriodicGridThatFits() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> MemoryCheck.require("field solve", 512, 512, 512, new int[] {512, 512, 640}, Long.MAX_VALUE / 4, true));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("at most (\\d+)\\^3").matcher(e.getMessage());
        assertTrue(m.find(), e.getMessage());
        int n = Integer.parseInt(m.group(1));
        assertTrue(n % 2 == 0 && org.metalnmr.susceptibility.fft.BatchedFft.goodSize(n) == n, "not a periodic FFT length: " + n);
        long fit = PatchFieldSolver.estimateBytes(n, n, n, n, n, (long) Math.ceil(1.2 * n)) + 4L * n * n * n;
        assertTrue(fit <= 0.9 * MemoryCheck.availableBytes() * 1.05, fit + " bytes");
    }

    /** The 512^3 standard patch (FFT grid 512 x 512 x 640) also needs at most 20 bytes per voxel. */
    @Test
    void patchSolveAt512NeedsAtMostTwentyBytesPerVoxel() {
        long n = 512;
        long bytes = PatchFieldSolver.estimateBytes(n, n, n, n, n, 640);
        assertTrue(bytes <= 20 * n * n * n, bytes / (double) (n * n * n) + " bytes per voxel");
    }

    /** 20 bytes per voxel or less for the standard patch (the padded FFT grid is 1.25 times the grid along z). */
    @Test
    void patchSolveNeedsAtMostTwentyBytesPerVoxel() {
        long n = 256;
        long bytes = PatchFieldSolver.estimateBytes(n, n, n, n, n, 320);
        assertTrue(bytes <= 20 * n * n * n, bytes / (double) (n * n * n) + " bytes per voxel");
    }
}
