package org.metalnmr.toolkit.series;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metalnmr.core.error.InvalidInputException;

/** The cycler export reader behind {@code fit-series --cycler}: clock offset, time order and finite values. */
class CyclerTraceTest {

    private static Path write(Path dir, String text) throws Exception {
        Path f = dir.resolve("cycler.txt");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    /** An offset shifts every time by the same amount and leaves the order check on the cycler's own clock. */
    @Test
    void offsetShiftsTimesWithoutBreakingTheOrderCheck(@TempDir Path dir) throws Exception {
        Path f = write(dir, "time/s\tEwe/V\n100\t0.1\n200\t0.2\n300\t0.3\n");
        double[] plain = CyclerTrace.read(f, 0).timeS();
        for (double offset : new double[] {-250, 50, 1e4}) {
            CyclerTrace shifted = CyclerTrace.read(f, offset);
            for (int i = 0; i < plain.length; i++) {
                assertEquals(plain[i] + offset, shifted.timeS()[i], 0.0);
            }
            assertArrayEquals(new double[] {0.1, 0.2, 0.3}, shifted.volts(), 0.0);
        }
    }

    /** Before the fix, a negative offset let a backwards step through (compared against the shifted time). */
    @Test
    void backwardsTimeRefusedWhateverTheOffset(@TempDir Path dir) throws Exception {
        Path f = write(dir, "100 0.1\n200 0.2\n150 0.3\n");
        for (double offset : new double[] {-1000, 0, 1000}) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> CyclerTrace.read(f, offset));
            assertTrue(e.getMessage().contains("backwards at 150"), e.getMessage());
        }
    }

    /** A time plus offset beyond the largest double is refused, never turned into an infinite time. */
    @Test
    void overflowingOffsetRefused(@TempDir Path dir) throws Exception {
        Path f = write(dir, "1e308 0.1\n1.5e308 0.2\n");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> CyclerTrace.read(f, 1e308));
        assertTrue(e.getMessage().contains("not a finite number"), e.getMessage());
    }
}
