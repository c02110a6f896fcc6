package org.metalnmr.spectra.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metalnmr.core.error.InvalidInputException;

/**
 * A zip entry is inflated under a cap: a directory that understates the size (a zip bomb) is refused while
 * inflating, after one chunk past the stated size, not after the whole entry has filled the heap.
 */
class ZipBombTest {

    @TempDir
    Path tmp;

    @Test
    void anEntryThatInflatesFarBeyondItsStatedSizeIsRefusedWhileInflating() throws IOException {
        // the entry inflates to twice the heap of this JVM: reading it whole would run out of memory
        long mib = 2 * Runtime.getRuntime().maxMemory() / (1 << 20) + 1;
        Path zip = tmp.resolve("bomb.zip");
        Files.write(zip, zipWithOneEntry("exp/acqus", zerosDeflated(mib), 1000));
        assertTrue(Files.size(zip) < mib * 1100 + 10_000, "the archive is small: " + Files.size(zip) + " bytes");
        try (ZipTree tree = new ZipTree(zip)) {
            assertTrue(tree.size("exp/acqus") == 1000);
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> tree.read("exp/acqus"));
            String m = e.getMessage();
            assertTrue(m.contains("bomb.zip!exp/acqus") && m.contains("1000 bytes") && m.contains("zip bomb"), m);
            assertTrue(!m.contains("\n"), m);
        }
    }

    @Test
    void anEntryStatedAboveTheCapIsRefusedBeforeInflating() throws IOException {
        Path zip = tmp.resolve("huge.zip");
        Files.write(zip, zipWithOneEntry("exp/fid", zerosDeflated(1), ZipTree.MAX_ENTRY_BYTES + 1));
        try (ZipTree tree = new ZipTree(zip)) {
            String m = assertThrows(InvalidInputException.class, () -> tree.read("exp/fid")).getMessage();
            assertTrue(m.contains("huge.zip!exp/fid") && m.contains(Long.toString(ZipTree.MAX_ENTRY_BYTES)), m);
        }
    }

    @Test
    void anHonestEntryReadsWhole() throws IOException {
        // the same construction with the true size reads back: the refusals above are the cap, not the archive
        Path zip = tmp.resolve("honest.zip");
        Files.write(zip, zipWithOneEntry("exp/fid", zerosDeflated(3), 3L << 20));
        try (ZipTree tree = new ZipTree(zip)) {
            assertArrayEquals(new byte[3 << 20], tree.read("exp/fid"));
        }
    }

    /**
     * A raw deflate stream (RFC 1951) of {@code mib} MiB of zeros, built without deflating them all: after a sync flush
     * the compressor's output for one more MiB of zeros is the same block each time (the window is all zeros and the
     * stream byte aligned), so that block is repeated. About 1 kB per MiB.
     */
    static byte[] zerosDeflated(long mib) {
        Deflater d = new Deflater(Deflater.BEST_COMPRESSION, true);
        byte[] zeros = new byte[1 << 20];
        byte[] first = syncFlushed(d, zeros);
        byte[] next = syncFlushed(d, zeros);
        byte[] again = syncFlushed(d, zeros);
        assertArrayEquals(next, again, "the repeated block is not stationary");
        d.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(first);
        for (long i = 1; i < mib; i++) {
            out.writeBytes(next);
        }
        byte[] buf = new byte[1 << 16];
        while (!d.finished()) {
            out.write(buf, 0, d.deflate(buf));
        }
        d.end();
        return out.toByteArray();
    }

    /** Compresses the input and flushes to a byte boundary (an empty stored block ends the output). */
    private static byte[] syncFlushed(Deflater d, byte[] input) {
        d.setInput(input);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[1 << 16];
        int n;
        do {
            n = d.deflate(buf, 0, buf.length, Deflater.SYNC_FLUSH);
            out.write(buf, 0, n);
        } while (n == buf.length || !d.needsInput());
        return out.toByteArray();
    }

    /**
     * A zip archive (PKWARE APPNOTE 6.3, sections 4.3.7, 4.3.12, 4.3.16) of one deflated entry whose local header and
     * central directory state {@code statedSize} as its uncompressed size, whatever the data inflate to. The CRC is 0:
     * a bomb is refused before the end of the entry, where it would be checked.
     */
    static byte[] zipWithOneEntry(String name, byte[] deflated, long statedSize) {
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        int stated = (int) Math.min(statedSize, 0xFFFFFFFFL);
        ByteBuffer b = ByteBuffer.allocate(30 + n.length + deflated.length + 46 + n.length + 22).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0x04034b50).putShort((short) 20).putShort((short) 0).putShort((short) 8).putShort((short) 0).putShort((short) 0x21)
                .putInt(0).putInt(deflated.length).putInt(stated).putShort((short) n.length).putShort((short) 0).put(n).put(deflated);
        int central = b.position();
        b.putInt(0x02014b50).putShort((short) 20).putShort((short) 20).putShort((short) 0).putShort((short) 8).putShort((short) 0)
                .putShort((short) 0x21).putInt(0).putInt(deflated.length).putInt(stated).putShort((short) n.length).putShort((short) 0)
                .putShort((short) 0).putShort((short) 0).putShort((short) 0).putInt(0).putInt(0).put(n);
        int centralSize = b.position() - central;
        b.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) 1).putShort((short) 1).putInt(centralSize)
                .putInt(central).putShort((short) 0);
        return b.array();
    }
}
