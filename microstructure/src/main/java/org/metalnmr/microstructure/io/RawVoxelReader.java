package org.metalnmr.microstructure.io;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.metalnmr.core.error.Checks;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.microstructure.grid.OccupancyBits;
import org.metalnmr.microstructure.grid.VoxelMicrostructure;

/**
 * Reads raw voxels described by a JSON header, e.g.
 * {@code {"data": "stack.raw", "sizes": [nx, ny, nz], "dtype": "uint16", "byteOrder": "little",
 * "voxelSizeM": 5e-7, "threshold": 1200, "laterallyPeriodic": false}}: the samples are x fastest, then y,
 * then z (the electrode normal), with no header of their own. {@code dtype} is one of bool, int8, uint8,
 * int16, uint16, int32, uint32, int64, uint64, float32, float64; {@code byteOrder} little (default) or big;
 * the segmentation is {@code threshold} (metal at or above it), or {@code metalLabels} (a list), or neither
 * (metal where non-zero). The data file is resolved next to the header and must hold exactly
 * nx ny nz samples; this is checked before anything is allocated.
 */
public final class RawVoxelReader {

    private static final String FORMAT = "raw-voxel JSON header";
    private static final long MAX_HEADER_BYTES = 1 << 20;

    private RawVoxelReader() {
    }

    /**
     * @param header the JSON header file
     * @return the microstructure
     * @throws InvalidInputException when the header or the data file is not what it claims
     */
    public static VoxelMicrostructure read(Path header) {
        JsonNode root;
        try {
            if (Files.size(header) > MAX_HEADER_BYTES) {
                throw VoxelImport.bad(header, FORMAT, "larger than " + MAX_HEADER_BYTES + " bytes");
            }
            root = new ObjectMapper().readTree(Files.readAllBytes(header));
        } catch (JsonProcessingException e) {
            throw VoxelImport.bad(header, FORMAT, "not JSON (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw VoxelImport.unreadable(header, e);
        }
        if (root == null || !root.isObject()) {
            throw VoxelImport.bad(header, FORMAT, "not a JSON object");
        }
        String dataName = text(header, root, "data");
        JsonNode sizes = root.get("sizes");
        if (sizes == null || !sizes.isArray() || sizes.size() != 3) {
            throw VoxelImport.bad(header, FORMAT, "'sizes' must be [nx, ny, nz]");
        }
        long[] n = new long[3];
        for (int a = 0; a < 3; a++) {
            if (!sizes.get(a).canConvertToLong() || !sizes.get(a).isIntegralNumber()) {
                throw VoxelImport.bad(header, FORMAT, "'sizes' must be 3 integers, got " + sizes);
            }
            n[a] = sizes.get(a).asLong();
        }
        VoxelImport.checkSizes(header, FORMAT, n[0], n[1], n[2]);
        SampleType type = dtype(header, text(header, root, "dtype"), byteOrder(header, root));
        JsonNode vs = root.get("voxelSizeM");
        if (vs == null || !vs.isNumber()) {
            throw VoxelImport.bad(header, FORMAT, "'voxelSizeM' must be a number [m]");
        }
        double voxel = Checks.positive("voxelSizeM", "[m]", vs.asDouble());
        Segmentation seg = segmentation(header, root);
        JsonNode per = root.get("laterallyPeriodic");
        boolean periodic = per != null && per.asBoolean(false);
        Path parent = header.toAbsolutePath().getParent();
        Path data = parent.resolve(dataName).normalize();
        try (FileChannel ch = FileChannel.open(data, StandardOpenOption.READ)) {
            long expected = n[0] * n[1] * n[2] * type.bytes();
            if (ch.size() != expected) {
                throw VoxelImport.bad(data, "raw voxel", n[0] + " x " + n[1] + " x " + n[2] + " " + type.bytes()
                        + "-byte samples need " + expected + " bytes, the file has " + ch.size());
            }
            OccupancyBits bits = VoxelImport.allocate(data, "raw voxel", n[0], n[1], n[2]);
            SampleStream.read(data, "raw voxel data", ch, 0, n[0] * n[1] * n[2], type, seg, bits, s -> (int) s);
            return bits.build(voxel, periodic);
        } catch (IOException e) {
            throw VoxelImport.unreadable(data, e);
        }
    }

    private static String text(Path header, JsonNode root, String field) {
        JsonNode v = root.get(field);
        if (v == null || !v.isTextual() || v.asText().isEmpty()) {
            throw VoxelImport.bad(header, FORMAT, "'" + field + "' must be a non-empty string");
        }
        return v.asText();
    }

    private static ByteOrder byteOrder(Path header, JsonNode root) {
        JsonNode v = root.get("byteOrder");
        if (v == null) {
            return ByteOrder.LITTLE_ENDIAN;
        }
        return switch (v.asText()) {
            case "little" -> ByteOrder.LITTLE_ENDIAN;
            case "big" -> ByteOrder.BIG_ENDIAN;
            default -> throw VoxelImport.bad(header, FORMAT, "'byteOrder' must be little or big, got " + v);
        };
    }

    private static SampleType dtype(Path header, String name, ByteOrder order) {
        return switch (name) {
            case "bool" -> new SampleType('b', 1, order);
            case "int8" -> new SampleType('i', 1, order);
            case "uint8" -> new SampleType('u', 1, order);
            case "int16" -> new SampleType('i', 2, order);
            case "uint16" -> new SampleType('u', 2, order);
            case "int32" -> new SampleType('i', 4, order);
            case "uint32" -> new SampleType('u', 4, order);
            case "int64" -> new SampleType('i', 8, order);
            case "uint64" -> new SampleType('u', 8, order);
            case "float32" -> new SampleType('f', 4, order);
            case "float64" -> new SampleType('f', 8, order);
            default -> throw VoxelImport.bad(header, FORMAT, "'dtype' " + name
                    + " is not one of bool, int8, uint8, int16, uint16, int32, uint32, int64, uint64, float32, float64");
        };
    }

    private static Segmentation segmentation(Path header, JsonNode root) {
        JsonNode t = root.get("threshold");
        JsonNode l = root.get("metalLabels");
        if (t != null && l != null) {
            throw VoxelImport.bad(header, FORMAT, "give 'threshold' or 'metalLabels', not both");
        }
        if (t != null) {
            if (!t.isNumber()) {
                throw VoxelImport.bad(header, FORMAT, "'threshold' must be a number");
            }
            return Segmentation.threshold(Checks.finite("threshold", t.asDouble()));
        }
        if (l != null) {
            if (!l.isArray() || l.isEmpty()) {
                throw VoxelImport.bad(header, FORMAT, "'metalLabels' must be a non-empty list of integers");
            }
            long[] labels = new long[l.size()];
            for (int i = 0; i < labels.length; i++) {
                if (!l.get(i).isIntegralNumber() || !l.get(i).canConvertToLong()) {
                    throw VoxelImport.bad(header, FORMAT, "'metalLabels' must be integers, got " + l.get(i));
                }
                labels[i] = l.get(i).asLong();
            }
            return Segmentation.labels(labels);
        }
        return Segmentation.nonZero();
    }
}
