package org.metalnmr.spectra.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metalnmr.core.error.MetalNmrException;

class AtomicFilesTest {

    @Test
    void failedWriteLeavesTheOldFileAndNoTemporary(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("result.json");
        AtomicFiles.writeString(f, "old");
        assertThrows(MetalNmrException.class, () -> AtomicFiles.write(f, out -> {
            out.write("half".getBytes());
            throw new IOException("disk full");
        }));
        assertEquals("old", Files.readString(f));
        try (var s = Files.list(dir)) {
            assertEquals(1, s.count());
        }
    }

    @Test
    void writesNewFile(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("sub/a.txt");
        AtomicFiles.writeString(f, "x");
        assertEquals("x", Files.readString(f));
    }
}
