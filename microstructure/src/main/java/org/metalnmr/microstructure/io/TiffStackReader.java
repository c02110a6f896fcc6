package org.metalnmr.microstructure.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.metalnmr.core.error.Checks;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.microstructure.MicrostructureMessage;
import org.metalnmr.microstructure.grid.OccupancyBits;
import org.metalnmr.microstructure.grid.VoxelMicrostructure;

/**
 * Reads a multi-page baseline TIFF stack (Adobe, TIFF Revision 6.0, 1992, sect. 2 and 8): one page per plane
 * z (the electrode normal), each an uncompressed (Compression = 1) grey image of one sample per pixel with 8
 * or 16 bits (unsigned, or signed with SampleFormat = 2), stored in strips, all pages of one size; image row
 * r is y = r and column c is x = c. Values are used as stored (PhotometricInterpretation 0 or 1, no
 * inversion), segmented by a grey threshold or labels. Refused with one line: BigTIFF, compression, tiles,
 * colour or several samples per pixel, other bit depths, pages of different sizes, strips that do not hold
 * exactly their rows or lie outside the file, IFD chains that loop. The whole chain of pages is parsed and
 * checked against the file before the occupancy is allocated.
 */
public final class TiffStackReader {

    private static final String FORMAT = "baseline TIFF stack";

    private TiffStackReader() {
    }

    /** One page's layout. */
    private record Page(long width, long height, int bits, boolean signed, long[] stripOffsets, long[] stripCounts,
                        long rowsPerStrip) {
    }

    /**
     * @param file         the TIFF file
     * @param segmentation which values are metal
     * @param voxelSizeM   cubic voxel edge [m]
     * @param periodic     whether the stack is one lateral period of a laterally infinite patch
     * @return the microstructure
     * @throws InvalidInputException when the file is not a baseline TIFF stack of the supported kind
     */
    public static VoxelMicrostructure read(Path file, Segmentation segmentation, double voxelSizeM, boolean periodic) {
        Checks.positive("voxel size", "[m]", voxelSizeM);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            Reader r = new Reader(file, ch);
            List<Page> pages = r.pages();
            Page first = pages.get(0);
            OccupancyBits bits = VoxelImport.allocate(file, FORMAT, first.width(), first.height(), pages.size());
            int nx = (int) first.width();
            int ny = (int) first.height();
            SampleType type = new SampleType(first.signed() ? 'i' : 'u', first.bits() / 8, r.order);
            for (int z = 0; z < pages.size(); z++) {
                Page p = pages.get(z);
                long row = 0;
                for (int s = 0; s < p.stripOffsets().length; s++) {
                    long rows = Math.min(p.rowsPerStrip(), p.height() - row);
                    long base = (long) nx * (row + (long) ny * z);
                    SampleStream.read(file, FORMAT, ch, p.stripOffsets()[s], rows * nx, type, segmentation, bits, q -> (int) (base + q));
                    row += rows;
                }
            }
            return bits.build(voxelSizeM, periodic);
        } catch (IOException e) {
            throw VoxelImport.unreadable(file, e);
        }
    }

    /** Parses the header and the IFD chain. */
    private static final class Reader {
        private final Path file;
        private final FileChannel ch;
        private final long size;
        private ByteOrder order;

        Reader(Path file, FileChannel ch) throws IOException {
            this.file = file;
            this.ch = ch;
            this.size = ch.size();
        }

        private InvalidInputException bad(String reason) {
            return VoxelImport.bad(file, FORMAT, reason);
        }

        private InvalidInputException unsupported(String what) {
            return new InvalidInputException(MicrostructureMessage.UNSUPPORTED_VARIANT, file.getFileName() == null ? file.toString()
                    : file.getFileName().toString(), what, "uncompressed baseline grey TIFF, 8 or 16 bits, one sample per pixel, strips");
        }

        private ByteBuffer at(long pos, int len) throws IOException {
            if (pos < 0 || pos + len > size) {
                throw bad(len + " bytes at offset " + pos + " lie outside the file (" + size + " bytes)");
            }
            ByteBuffer b = ByteBuffer.allocate(len).order(order == null ? ByteOrder.LITTLE_ENDIAN : order);
            while (b.hasRemaining()) {
                if (ch.read(b, pos + b.position()) < 0) {
                    throw bad("the file ended early");
                }
            }
            b.flip();
            return b;
        }

        List<Page> pages() throws IOException {
            if (size < 8) {
                throw bad("shorter than the 8-byte header");
            }
            ByteBuffer h = at(0, 4);
            int b0 = h.get() & 0xff;
            int b1 = h.get() & 0xff;
            if (b0 == 'I' && b1 == 'I') {
                order = ByteOrder.LITTLE_ENDIAN;
            } else if (b0 == 'M' && b1 == 'M') {
                order = ByteOrder.BIG_ENDIAN;
            } else {
                throw bad("no II or MM byte-order mark");
            }
            int magic = at(2, 2).getShort() & 0xffff;
            if (magic == 43) {
                throw unsupported("BigTIFF");
            }
            if (magic != 42) {
                throw bad("magic number " + magic + " (TIFF is 42)");
            }
            long ifd = at(4, 4).getInt() & 0xffffffffL;
            List<Page> pages = new ArrayList<>();
            Set<Long> seen = new HashSet<>();
            while (ifd != 0) {
                if (!seen.add(ifd)) {
                    throw bad("the page chain loops back to offset " + ifd);
                }
                if (pages.size() >= OccupancyBits.MAX_DIMENSION) {
                    throw bad("more than " + OccupancyBits.MAX_DIMENSION + " pages");
                }
                int entries = at(ifd, 2).getShort() & 0xffff;
                ByteBuffer e = at(ifd + 2, 12 * entries + 4);
                pages.add(page(e, entries, pages.size()));
                e.position(12 * entries);
                ifd = e.getInt() & 0xffffffffL;
            }
            if (pages.isEmpty()) {
                throw bad("no page");
            }
            Page first = pages.get(0);
            for (int z = 1; z < pages.size(); z++) {
                Page p = pages.get(z);
                if (p.width() != first.width() || p.height() != first.height() || p.bits() != first.bits() || p.signed() != first.signed()) {
                    throw bad("page " + z + " is " + p.width() + " x " + p.height() + " x " + p.bits() + " bits, page 0 is "
                            + first.width() + " x " + first.height() + " x " + first.bits() + " bits");
                }
            }
            VoxelImport.checkSizes(file, FORMAT, first.width(), first.height(), pages.size());
            return pages;
        }

        private Page page(ByteBuffer e, int entries, int index) throws IOException {
            long width = -1;
            long height = -1;
            int bits = 1;
            long compression = 1;
            long photometric = -1;
            long samples = 1;
            long planar = 1;
            long sampleFormat = 1;
            long rowsPerStrip = -1;
            long[] offsets = null;
            long[] counts = null;
            for (int i = 0; i < entries; i++) {
                e.position(12 * i);
                int tag = e.getShort() & 0xffff;
                int type = e.getShort() & 0xffff;
                long count = e.getInt() & 0xffffffffL;
                int valuePos = 12 * i + 8;
                switch (tag) {
                    case 256 -> width = scalar(e, type, count, valuePos, "ImageWidth");
                    case 257 -> height = scalar(e, type, count, valuePos, "ImageLength");
                    case 258 -> {
                        long[] b = values(e, type, count, valuePos, "BitsPerSample");
                        bits = (int) b[0];
                        for (long v : b) {
                            if (v != b[0]) {
                                throw unsupported("samples of different bit depths");
                            }
                        }
                    }
                    case 259 -> compression = scalar(e, type, count, valuePos, "Compression");
                    case 262 -> photometric = scalar(e, type, count, valuePos, "PhotometricInterpretation");
                    case 273 -> offsets = values(e, type, count, valuePos, "StripOffsets");
                    case 277 -> samples = scalar(e, type, count, valuePos, "SamplesPerPixel");
                    case 278 -> rowsPerStrip = scalar(e, type, count, valuePos, "RowsPerStrip");
                    case 279 -> counts = values(e, type, count, valuePos, "StripByteCounts");
                    case 284 -> planar = scalar(e, type, count, valuePos, "PlanarConfiguration");
                    case 322, 323, 324, 325 -> throw unsupported("a tiled page");
                    case 339 -> sampleFormat = values(e, type, count, valuePos, "SampleFormat")[0];
                    default -> {
                        // other tags (resolution, software, ...) do not change the samples
                    }
                }
            }
            String where = "page " + index + ": ";
            if (compression != 1) {
                throw unsupported("compression scheme " + compression + " (" + where.strip() + " only 1, none, is read)");
            }
            if (samples != 1 || planar != 1) {
                throw unsupported(samples + " samples per pixel");
            }
            if (photometric != 0 && photometric != 1) {
                throw unsupported("PhotometricInterpretation " + photometric + " (grey is 0 or 1)");
            }
            if (bits != 8 && bits != 16) {
                throw unsupported(bits + "-bit samples");
            }
            if (sampleFormat != 1 && sampleFormat != 2) {
                throw unsupported("SampleFormat " + sampleFormat + " (1 unsigned or 2 signed integers)");
            }
            if (width < 1 || height < 1 || offsets == null || counts == null) {
                throw bad(where + "ImageWidth, ImageLength, StripOffsets and StripByteCounts are required");
            }
            VoxelImport.checkSizes(file, FORMAT, width, height, 1);
            if (rowsPerStrip < 1 || rowsPerStrip > height) {
                rowsPerStrip = height;
            }
            long strips = (height + rowsPerStrip - 1) / rowsPerStrip;
            if (offsets.length != strips || counts.length != strips) {
                throw bad(where + strips + " strips of " + rowsPerStrip + " rows expected, the page lists " + offsets.length
                        + " offsets and " + counts.length + " byte counts");
            }
            long row = 0;
            for (int s = 0; s < strips; s++) {
                long rows = Math.min(rowsPerStrip, height - row);
                long need = rows * width * (bits / 8);
                if (counts[s] != need) {
                    throw bad(where + "strip " + s + " holds " + counts[s] + " bytes, its " + rows + " rows of " + width + " "
                            + bits + "-bit samples need " + need);
                }
                if (offsets[s] + need > size) {
                    throw bad(where + "strip " + s + " (" + need + " bytes at " + offsets[s] + ") lies outside the file (" + size + " bytes)");
                }
                row += rows;
            }
            return new Page(width, height, bits, sampleFormat == 2, offsets, counts, rowsPerStrip);
        }

        private long scalar(ByteBuffer e, int type, long count, int valuePos, String name) throws IOException {
            if (count != 1) {
                throw bad(name + " has " + count + " values, 1 expected");
            }
            return values(e, type, count, valuePos, name)[0];
        }

        private long[] values(ByteBuffer e, int type, long count, int valuePos, String name) throws IOException {
            int unit = switch (type) {
                case 1 -> 1;
                case 3 -> 2;
                case 4 -> 4;
                default -> throw bad(name + " has field type " + type + " (BYTE 1, SHORT 3 or LONG 4 expected)");
            };
            if (count < 1 || count * unit > size || count * unit > Integer.MAX_VALUE - 8) {
                throw bad(name + " has " + count + " values, more than the file can hold");
            }
            ByteBuffer src;
            if (count * unit <= 4) {
                src = e.duplicate().order(order);
                src.position(valuePos);
            } else {
                e.position(valuePos);
                long off = e.getInt() & 0xffffffffL;
                src = at(off, (int) (count * unit));
            }
            long[] out = new long[(int) count];
            for (int i = 0; i < count; i++) {
                out[i] = switch (unit) {
                    case 1 -> src.get() & 0xff;
                    case 2 -> src.getShort() & 0xffff;
                    default -> src.getInt() & 0xffffffffL;
                };
            }
            return out;
        }
    }
}
