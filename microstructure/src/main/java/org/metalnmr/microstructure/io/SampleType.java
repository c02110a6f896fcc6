package org.metalnmr.microstructure.io;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A voxel's stored number type: bool, signed or unsigned integers of 1, 2, 4 or 8 bytes, IEEE floats of 4 or
 * 8 bytes, in either byte order.
 *
 * @param kind  'b' bool, 'u' unsigned, 'i' signed, 'f' float
 * @param bytes bytes per sample
 * @param order byte order
 */
record SampleType(char kind, int bytes, ByteOrder order) {

    /**
     * @param buf a buffer positioned at a sample (its order is set here)
     * @return the sample's value
     */
    double read(ByteBuffer buf) {
        buf.order(order);
        return switch (kind) {
            case 'b' -> buf.get() != 0 ? 1 : 0;
            case 'u' -> switch (bytes) {
                case 1 -> buf.get() & 0xff;
                case 2 -> buf.getShort() & 0xffff;
                case 4 -> buf.getInt() & 0xffffffffL;
                default -> {
                    long v = buf.getLong();
                    yield v >= 0 ? v : (v >>> 1) * 2.0 + (v & 1);
                }
            };
            case 'i' -> switch (bytes) {
                case 1 -> buf.get();
                case 2 -> buf.getShort();
                case 4 -> buf.getInt();
                default -> buf.getLong();
            };
            default -> bytes == 4 ? buf.getFloat() : buf.getDouble();
        };
    }
}
