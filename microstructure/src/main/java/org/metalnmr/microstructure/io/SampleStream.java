package org.metalnmr.microstructure.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

import org.metalnmr.microstructure.grid.OccupancyBits;

/** Streams samples from a file region into occupancy bits, a buffer at a time. */
final class SampleStream {

    private SampleStream() {
    }

    /**
     * Reads {@code count} samples starting at {@code offset} and sets voxel {@code index(s)} for each metal sample s.
     *
     * @param file    the file (for messages)
     * @param format  its format name (for messages)
     * @param ch      the file's channel
     * @param offset  first byte of the samples
     * @param count   number of samples
     * @param type    their type
     * @param seg     the segmentation
     * @param bits    the occupancy to fill
     * @param indexer sample number to voxel index
     * @throws IOException when the file cannot be read
     * @throws org.metalnmr.core.error.InvalidInputException when the file ends before the last sample
     */
    static void read(Path file, String format, FileChannel ch, long offset, long count, SampleType type, Segmentation seg, OccupancyBits bits,
                     java.util.function.LongToIntFunction indexer) throws IOException {
        int per = type.bytes();
        ByteBuffer buf = ByteBuffer.allocate(per * 8192);
        long done = 0;
        long pos = offset;
        while (done < count) {
            buf.clear();
            long want = Math.min(count - done, 8192) * per;
            buf.limit((int) want);
            while (buf.hasRemaining()) {
                int r = ch.read(buf, pos + buf.position());
                if (r < 0) {
                    throw VoxelImport.bad(file, format, "the file ends before sample " + (done + buf.position() / per) + " of " + count);
                }
            }
            buf.flip();
            pos += want;
            long n = want / per;
            for (long s = 0; s < n; s++) {
                if (seg.isMetal(type.read(buf))) {
                    bits.set(indexer.applyAsInt(done + s), true);
                }
            }
            done += n;
        }
    }
}
