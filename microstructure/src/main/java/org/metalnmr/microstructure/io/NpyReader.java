package org.metalnmr.microstructure.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.metalnmr.core.error.Checks;
import org.metalnmr.microstructure.grid.OccupancyBits;
import org.metalnmr.microstructure.grid.VoxelMicrostructure;

/**
 * Reads a 3D NumPy {@code .npy} array (format versions 1.0, 2.0 and 3.0: the magic {@code \x93NUMPY}, the
 * version, a little-endian header length of 2 or 4 bytes, then a Python dict literal with {@code descr},
 * {@code fortran_order} and {@code shape}; NumPy Enhancement Proposal 1, "A simple file format for NumPy
 * arrays"). Types: bool ({@code |b1}), signed and unsigned integers of 1, 2, 4 and 8 bytes and floats of 4
 * and 8 bytes, either byte order. The shape is (nz, ny, nx) (axes z, y, x; the first is the electrode
 * normal) in C or Fortran order. The header is checked against the file size (header plus
 * nz ny nx itemsize bytes exactly) before anything is allocated; anything else is refused with one line.
 */
public final class NpyReader {

    private static final String FORMAT = "NumPy .npy";
    private static final int MAX_HEADER = 1 << 16;
    private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([<>|=])([biuf])(\\d+)'");
    private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");

    private NpyReader() {
    }

    /**
     * The parsed header.
     *
     * @param type         the sample type
     * @param fortranOrder whether the first axis varies fastest
     * @param nz           first axis length
     * @param ny           second axis length
     * @param nx           third axis length
     * @param dataOffset   first byte of the samples
     */
    record Header(SampleType type, boolean fortranOrder, long nz, long ny, long nx, long dataOffset) {
    }

    /**
     * @param file         the {@code .npy} file
     * @param segmentation which values are metal
     * @param voxelSizeM   cubic voxel edge [m]
     * @param periodic     whether the array is one lateral period of a laterally infinite patch
     * @return the microstructure
     * @throws org.metalnmr.core.error.InvalidInputException when the file is not a valid 3D array of a supported type
     */
    public static VoxelMicrostructure read(Path file, Segmentation segmentation, double voxelSizeM, boolean periodic) {
        Checks.positive("voxel size", "[m]", voxelSizeM);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            Header h = header(file, ch);
            OccupancyBits bits = VoxelImport.allocate(file, FORMAT, h.nx(), h.ny(), h.nz());
            int nx = (int) h.nx();
            int ny = (int) h.ny();
            int nz = (int) h.nz();
            java.util.function.LongToIntFunction index = h.fortranOrder()
                    ? s -> {
                        int z = (int) (s % nz);
                        long r = s / nz;
                        int y = (int) (r % ny);
                        int x = (int) (r / ny);
                        return x + nx * (y + ny * z);
                    }
                    : s -> (int) s;
            SampleStream.read(file, FORMAT, ch, h.dataOffset(), h.nx() * h.ny() * h.nz(), h.type(), segmentation, bits, index);
            return bits.build(voxelSizeM, periodic);
        } catch (IOException e) {
            throw VoxelImport.unreadable(file, e);
        }
    }

    static Header header(Path file, FileChannel ch) throws IOException {
        long size = ch.size();
        ByteBuffer pre = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
        while (pre.hasRemaining() && ch.read(pre, pre.position()) > 0) {
            // fill
        }
        pre.flip();
        byte[] magic = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
        if (pre.remaining() < 10) {
            throw VoxelImport.bad(file, FORMAT, "shorter than the 10-byte preamble");
        }
        for (byte b : magic) {
            if (pre.get() != b) {
                throw VoxelImport.bad(file, FORMAT, "no \\x93NUMPY magic at the start");
            }
        }
        int major = pre.get() & 0xff;
        pre.get();
        long headerLen;
        int start;
        if (major == 1) {
            headerLen = pre.getShort() & 0xffff;
            start = 10;
        } else if (major == 2 || major == 3) {
            if (pre.remaining() < 4) {
                throw VoxelImport.bad(file, FORMAT, "shorter than the 12-byte version " + major + " preamble");
            }
            headerLen = pre.getInt() & 0xffffffffL;
            start = 12;
        } else {
            throw VoxelImport.bad(file, FORMAT, "format version " + major + " (known: 1, 2, 3)");
        }
        if (headerLen > MAX_HEADER || start + headerLen > size) {
            throw VoxelImport.bad(file, FORMAT, "header length " + headerLen + " exceeds the file (" + size + " bytes) or "
                    + MAX_HEADER + " bytes");
        }
        ByteBuffer hb = ByteBuffer.allocate((int) headerLen);
        while (hb.hasRemaining() && ch.read(hb, start + hb.position()) > 0) {
            // fill
        }
        String text = new String(hb.array(), major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        Matcher d = DESCR.matcher(text);
        Matcher f = FORTRAN.matcher(text);
        Matcher s = SHAPE.matcher(text);
        if (!d.find()) {
            throw VoxelImport.bad(file, FORMAT, "no supported 'descr' (bool, int, uint or float) in the header");
        }
        if (!f.find()) {
            throw VoxelImport.bad(file, FORMAT, "no 'fortran_order' in the header");
        }
        if (!s.find()) {
            throw VoxelImport.bad(file, FORMAT, "no 'shape' in the header");
        }
        SampleType type = type(file, d.group(1).charAt(0), d.group(2).charAt(0), d.group(3));
        String[] dims = s.group(1).split(",");
        long[] shape = new long[3];
        int count = 0;
        for (String dim : dims) {
            String t = dim.strip();
            if (t.isEmpty()) {
                continue;
            }
            if (count == 3 || !t.matches("\\d{1,9}")) {
                throw VoxelImport.bad(file, FORMAT, "shape (" + s.group(1) + ") is not 3 sizes below 10^9");
            }
            shape[count++] = Long.parseLong(t);
        }
        if (count != 3) {
            throw VoxelImport.bad(file, FORMAT, "shape (" + s.group(1) + ") has " + count + " axes; a voxel grid needs 3 (z, y, x)");
        }
        VoxelImport.checkSizes(file, FORMAT, shape[2], shape[1], shape[0]);
        long dataOffset = start + headerLen;
        long expected = shape[0] * shape[1] * shape[2] * type.bytes();
        if (size - dataOffset != expected) {
            throw VoxelImport.bad(file, FORMAT, "shape (" + shape[0] + ", " + shape[1] + ", " + shape[2] + ") of " + type.bytes()
                    + "-byte samples needs " + expected + " data bytes, the file has " + (size - dataOffset));
        }
        return new Header(type, f.group(1).equals("True"), shape[0], shape[1], shape[2], dataOffset);
    }

    private static SampleType type(Path file, char order, char kind, String bytesText) {
        int bytes = bytesText.length() > 1 ? -1 : bytesText.charAt(0) - '0';
        boolean ok = switch (kind) {
            case 'b' -> bytes == 1;
            case 'i', 'u' -> bytes == 1 || bytes == 2 || bytes == 4 || bytes == 8;
            default -> bytes == 4 || bytes == 8;
        };
        if (!ok) {
            throw VoxelImport.bad(file, FORMAT, "dtype " + order + kind + bytesText + " (supported: b1, i1-i8, u1-u8, f4, f8)");
        }
        ByteOrder bo = order == '>' ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        if (order == '=') {
            bo = ByteOrder.nativeOrder();
        }
        return new SampleType(kind, bytes, bo);
    }
}
