package org.metalnmr.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.metalnmr.microstructure.grid.VoxelMicrostructure;
import org.metalnmr.microstructure.io.NpyReader;
import org.metalnmr.microstructure.io.RawVoxelReader;
import org.metalnmr.microstructure.io.Segmentation;
import org.metalnmr.microstructure.io.TiffStackReader;

/**
 * Fuzz targets of the voxel microstructure importers: NumPy {@code .npy}, raw voxels with a JSON header (the header is
 * fuzzed, the data file is a fixed 5 x 3 x 4 uint8 block) and baseline TIFF stacks. Seeds (under
 * {@code src/test/resources/.../VoxelFileFuzzTestInputs/<method>/}) are small valid files of each supported kind
 * written by fuzz/voxel-seeds.py; every finding is kept there as a regression input.
 */
class VoxelFileFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void npy(byte[] data) {
        check(FuzzContract.parseOrRefuse(() -> NpyReader.read(FuzzContract.file("voxels.npy", data), Segmentation.nonZero(), 1e-6, false)));
    }

    @FuzzTest(maxDuration = "10m")
    void rawJsonHeader(byte[] header) {
        Path dir = FuzzContract.folder("raw");
        try {
            Files.write(dir.resolve("stack.raw"), new byte[60]);
            Path json = Files.write(dir.resolve("stack.json"), header);
            check(FuzzContract.parseOrRefuse(() -> RawVoxelReader.read(json)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FuzzTest(maxDuration = "10m")
    void tiffStack(byte[] data) {
        check(FuzzContract.parseOrRefuse(() -> TiffStackReader.read(FuzzContract.file("stack.tif", data), Segmentation.threshold(1), 1e-6, false)));
    }

    /** A structure that was returned is consistent: its metal count is within its voxel count. */
    private static void check(VoxelMicrostructure s) {
        if (s != null && (s.metalCount() < 0 || s.metalCount() > s.voxelCount())) {
            throw new AssertionError("metal count " + s.metalCount() + " of " + s.voxelCount() + " voxels");
        }
    }
}
