package org.metalnmr.microstructure.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writers of small test files in the three formats (the layouts of their specifications). */
public final class VoxelFiles {

    private VoxelFiles() {
    }

    /**
     * A version 1.0 .npy of unsigned bytes with shape (nz, ny, nx).
     *
     * @param values  the values, C order (x fastest) or Fortran order (z fastest)
     * @param fortran whether values are in Fortran order
     * @param nz      first axis
     * @param ny      second axis
     * @param nx      third axis
     * @param descr   the dtype descr, e.g. {@code |u1}
     * @return the file's bytes
     */
    public static byte[] npy(byte[] values, boolean fortran, int nz, int ny, int nx, String descr) {
        String dict = "{'descr': '" + descr + "', 'fortran_order': " + (fortran ? "True" : "False") + ", 'shape': (" + nz + ", " + ny
                + ", " + nx + "), }";
        int total = 10 + dict.length() + 1;
        int pad = (64 - total % 64) % 64;
        String header = dict + " ".repeat(pad) + "\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0x93);
        out.writeBytes("NUMPY".getBytes(StandardCharsets.ISO_8859_1));
        out.write(1);
        out.write(0);
        out.write(header.length() & 0xff);
        out.write(header.length() >>> 8);
        out.writeBytes(header.getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(values);
        return out.toByteArray();
    }

    /**
     * A little-endian baseline TIFF with one page per plane, one strip per page, 8 or 16 bits.
     *
     * @param pages       samples per page (row-major), each of width*height values
     * @param width       image width
     * @param height      image height
     * @param bits        8 or 16
     * @param compression the Compression tag value (1 = none)
     * @return the file's bytes
     */
    public static byte[] tiff(int[][] pages, int width, int height, int bits, int compression) {
        int bytes = bits / 8;
        int pageData = width * height * bytes;
        int entries = 8;
        int ifdSize = 2 + 12 * entries + 4;
        int total = 8 + pages.length * (ifdSize + pageData);
        ByteBuffer b = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
        for (int p = 0; p < pages.length; p++) {
            int ifd = 8 + p * (ifdSize + pageData);
            int data = ifd + ifdSize;
            int next = p + 1 < pages.length ? data + pageData : 0;
            b.position(ifd);
            b.putShort((short) entries);
            entry(b, 256, 4, width);
            entry(b, 257, 4, height);
            entry(b, 258, 3, bits);
            entry(b, 259, 3, compression);
            entry(b, 262, 3, 1);
            entry(b, 273, 4, data);
            entry(b, 278, 4, height);
            entry(b, 279, 4, pageData);
            b.putInt(next);
            for (int v : pages[p]) {
                if (bytes == 1) {
                    b.put((byte) v);
                } else {
                    b.putShort((short) v);
                }
            }
        }
        return b.array();
    }

    private static void entry(ByteBuffer b, int tag, int type, int value) {
        b.putShort((short) tag).putShort((short) type).putInt(1);
        if (type == 3) {
            b.putShort((short) value).putShort((short) 0);
        } else {
            b.putInt(value);
        }
    }

    /**
     * @param dir  folder
     * @param name file name
     * @param data bytes
     * @return the file
     * @throws IOException on failure
     */
    public static Path write(Path dir, String name, byte[] data) throws IOException {
        return Files.write(dir.resolve(name), data);
    }
}
