package org.metalnmr.toolkit.scenario;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.metalnmr.core.error.Checks;
import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.microstructure.generate.HexCylinderArray;
import org.metalnmr.microstructure.generate.RandomWhiskers;
import org.metalnmr.microstructure.grid.VoxelMicrostructure;
import org.metalnmr.microstructure.io.NpyReader;
import org.metalnmr.microstructure.io.RawVoxelReader;
import org.metalnmr.microstructure.io.Segmentation;
import org.metalnmr.microstructure.io.TiffStackReader;

/**
 * Where the voxels of a {@link VoxelDepositEntry} come from: a file (a segmented TIFF stack, a NumPy
 * {@code .npy} array, raw voxels with a JSON header) or a generator of module {@code microstructure}.
 * {@link #load()} gives the patch (module {@code microstructure}'s {@link VoxelMicrostructure}: z the
 * electrode normal, the deposit growing towards +z). The readers check every header against the file
 * before allocating (docs/microstructures.md).
 */
public sealed interface VoxelSource permits VoxelSource.ImportedFile, VoxelSource.HexArray, VoxelSource.Whiskers {

    /** @return the patch */
    VoxelMicrostructure load();

    /** File formats of an imported patch. */
    enum FileFormat {
        /** Multi-page baseline TIFF, one page per z plane. */
        TIFF,
        /** NumPy .npy, axes (z, y, x). */
        NPY,
        /** Raw voxels described by a JSON header (the header's own keys give sizes, voxel size, segmentation). */
        RAW_JSON;

        /** @return the spelling in scenario files: {@code tiff}, {@code npy}, {@code raw-json} */
        public String fileName() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * A segmented voxel file.
     *
     * @param format            its format
     * @param path              the file (absolute, resolved against the scenario's folder when read)
     * @param voxelSizeM        voxel edge [m] (TIFF, npy; NaN for raw-json, whose header gives it)
     * @param threshold         grey threshold (metal at or above), or NaN
     * @param labels            metal labels (empty unless labelled; copied)
     * @param laterallyPeriodic whether the stack is one lateral period of a laterally infinite deposit (TIFF, npy)
     */
    record ImportedFile(FileFormat format, Path path, double voxelSizeM, double threshold, List<Long> labels,
                        boolean laterallyPeriodic) implements VoxelSource {

        /** Validates and copies. */
        public ImportedFile {
            Objects.requireNonNull(format, "format");
            Objects.requireNonNull(path, "path");
            labels = List.copyOf(labels);
            if (format != FileFormat.RAW_JSON) {
                Checks.positive("voxelSize", "[m]", voxelSizeM);
            }
            if (!Double.isNaN(threshold) && !labels.isEmpty()) {
                throw new InvalidInputException(CoreMessage.NOT_ONE_OF, "segmentation", "a threshold or labels, not both",
                        "threshold " + threshold + " and labels " + labels);
            }
        }

        @Override
        public VoxelMicrostructure load() {
            if (format == FileFormat.RAW_JSON) {
                return RawVoxelReader.read(path);
            }
            Segmentation seg = !labels.isEmpty() ? Segmentation.labels(labels.stream().mapToLong(Long::longValue).toArray())
                    : Double.isNaN(threshold) ? Segmentation.nonZero() : Segmentation.threshold(threshold);
            return format == FileFormat.TIFF ? TiffStackReader.read(path, seg, voxelSizeM, laterallyPeriodic)
                    : NpyReader.read(path, seg, voxelSizeM, laterallyPeriodic);
        }
    }

    /**
     * The hexagonal cylinder array on a slab (LiMetalNMR's standard case), laterally periodic.
     *
     * @param generator its parameters
     */
    record HexArray(HexCylinderArray generator) implements VoxelSource {

        /** Validates. */
        public HexArray {
            Objects.requireNonNull(generator, "generator");
        }

        @Override
        public VoxelMicrostructure load() {
            return generator.generate();
        }
    }

    /**
     * Random whiskers from geometry's whisker populations on a slab, laterally periodic.
     *
     * @param generator its parameters (its seed is the deposit's)
     */
    record Whiskers(RandomWhiskers generator) implements VoxelSource {

        /** Validates. */
        public Whiskers {
            Objects.requireNonNull(generator, "generator");
        }

        @Override
        public VoxelMicrostructure load() {
            return generator.generate();
        }
    }
}
