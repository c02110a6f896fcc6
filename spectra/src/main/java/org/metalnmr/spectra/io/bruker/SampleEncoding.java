package org.metalnmr.spectra.io.bruker;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import org.metalnmr.spectra.io.InputFiles;

/**
 * How a Bruker binary file stores its samples: the data type ({@code DTYPA} for raw data,
 * {@code DTYPP} for processed data: 0 = 32-bit integer, 1 = 32-bit float, 2 = 64-bit float) and the
 * byte order ({@code BYTORDA}/{@code BYTORDP}: 0 = little endian, 1 = big endian).
 *
 * @param type  the sample type
 * @param order the byte order
 */
public record SampleEncoding(SampleType type, ByteOrder order) {

    /** The sample types of Bruker binary files. */
    public enum SampleType {
        /** 32-bit two's-complement integer (DTYP 0). */
        INT32(4),
        /** 32-bit IEEE float (DTYP 1). */
        FLOAT32(4),
        /** 64-bit IEEE float (DTYP 2). */
        FLOAT64(8);

        private final int bytes;

        SampleType(int bytes) {
            this.bytes = bytes;
        }

        /** @return bytes per sample */
        public int bytes() {
            return bytes;
        }
    }

    /**
     * @param dtyp   the DTYPA or DTYPP value
     * @param bytord the BYTORDA or BYTORDP value
     * @param where  the parameter file, for messages
     * @return the encoding
     */
    public static SampleEncoding of(int dtyp, int bytord, String where) {
        SampleType t = switch (dtyp) {
            case 0 -> SampleType.INT32;
            case 1 -> SampleType.FLOAT32;
            case 2 -> SampleType.FLOAT64;
            default -> throw InputFiles.malformed(where, "data type DTYP " + dtyp, "0 (int32), 1 (float) or 2 (double)");
        };
        ByteOrder o = switch (bytord) {
            case 0 -> ByteOrder.LITTLE_ENDIAN;
            case 1 -> ByteOrder.BIG_ENDIAN;
            default -> throw InputFiles.malformed(where, "byte order BYTORD " + bytord, "0 (little) or 1 (big endian)");
        };
        return new SampleEncoding(t, o);
    }

    /** @return bytes per sample */
    public int bytes() {
        return type.bytes();
    }

    /**
     * Decodes {@code count} samples starting at byte {@code offset}.
     *
     * @param data   the file bytes
     * @param offset first byte
     * @param count  number of samples
     * @param where  the file, for messages
     * @return the samples as doubles
     * @throws org.metalnmr.core.error.InvalidInputException when a floating-point sample is not finite (NaN or
     *                                                       infinite: the data type does not match the file)
     */
    public double[] decode(byte[] data, int offset, int count, String where) {
        ByteBuffer b = ByteBuffer.wrap(data, offset, count * bytes()).order(order);
        double[] out = new double[count];
        switch (type) {
            case INT32 -> {
                var ib = b.asIntBuffer();
                for (int i = 0; i < count; i++) {
                    out[i] = ib.get(i);
                }
            }
            case FLOAT32 -> {
                var fb = b.asFloatBuffer();
                for (int i = 0; i < count; i++) {
                    out[i] = fb.get(i);
                }
            }
            default -> b.asDoubleBuffer().get(out);
        }
        if (type != SampleType.INT32) {
            for (int i = 0; i < count; i++) {
                if (!Double.isFinite(out[i])) {
                    throw InputFiles.malformed(where, "sample " + i + " is " + out[i] + " as a " + type.name().toLowerCase(java.util.Locale.ROOT)
                            + " (DTYP " + type.ordinal() + ")", "finite samples: the data type in the parameters does not match the file");
                }
            }
        }
        return out;
    }
}
