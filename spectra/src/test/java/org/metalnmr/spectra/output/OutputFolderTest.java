package org.metalnmr.spectra.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metalnmr.core.error.InvalidInputException;

class OutputFolderTest {

    @TempDir
    Path tmp;

    @Test
    void newFolderIsCreatedAndReleasedWithItsOutputs() throws Exception {
        Path out = tmp.resolve("run");
        OutputFolder f = OutputFolder.claim(out, List.of(tmp.resolve("data.txt")));
        AtomicFiles.writeString(f.resolve("a.csv"), "x");
        f.release();
        assertTrue(Files.exists(out.resolve("a.csv")));
        assertFalse(Files.exists(out.resolve(OutputFolder.CLAIM_FILE)));
    }

    @Test
    void abandonedNewFolderLeavesNothing() {
        Path out = tmp.resolve("run");
        OutputFolder f = OutputFolder.claim(out, List.of());
        AtomicFiles.writeString(f.resolve("half.csv"), "x");
        f.abandon();
        assertFalse(Files.exists(out));
    }

    @Test
    void abandonedResumeKeepsWhatWasThere() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("run"));
        Files.writeString(out.resolve("series.csv"), "earlier rows");
        assertThrows(InvalidInputException.class, () -> OutputFolder.claim(out, List.of()));
        OutputFolder f = OutputFolder.claim(out, List.of(), true);
        AtomicFiles.writeString(f.resolve("new.svg"), "x");
        f.abandon();
        assertEquals("earlier rows", Files.readString(out.resolve("series.csv")));
        assertFalse(Files.exists(out.resolve("new.svg")));
        assertFalse(Files.exists(out.resolve(OutputFolder.CLAIM_FILE)));
    }

    @Test
    void outputOverlappingAnInputIsRefusedWithOneLine() throws Exception {
        Path data = Files.createDirectories(tmp.resolve("data"));
        for (Path out : List.of(data, data.resolve("out"), tmp)) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> OutputFolder.claim(out, List.of(data)));
            assertTrue(e.getMessage().contains("overlaps the input"), e.getMessage());
            assertFalse(e.getMessage().contains("\n"));
        }
        assertFalse(Files.exists(data.resolve("out")));
    }

    @Test
    void anExistingFileIsNotAFolder() throws Exception {
        Path file = Files.writeString(tmp.resolve("out"), "keep me");
        assertThrows(InvalidInputException.class, () -> OutputFolder.claim(file, List.of()));
        assertEquals("keep me", Files.readString(file));
    }

    /** Many rounds of two runs racing for one folder: exactly one claim wins each round, the other is refused. */
    @Test
    void exactlyOneOfTwoConcurrentRunsWins() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 200; round++) {
                Path out = tmp.resolve("race" + round);
                if (round % 2 == 1) {
                    Files.createDirectories(out); // an existing empty folder: the claim file decides
                }
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Boolean>> runs = new ArrayList<>();
                for (int k = 0; k < 2; k++) {
                    runs.add(pool.submit(() -> {
                        start.await();
                        try {
                            OutputFolder.claim(out, List.of());
                            return true;
                        } catch (InvalidInputException refused) {
                            return false;
                        }
                    }));
                }
                start.countDown();
                int winners = 0;
                for (Future<Boolean> r : runs) {
                    winners += r.get() ? 1 : 0;
                }
                assertEquals(1, winners, "round " + round);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
