package org.metalnmr.microstructure.io;

import java.io.IOException;
import java.nio.file.Path;

import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.microstructure.MicrostructureMessage;
import org.metalnmr.microstructure.field.MemoryCheck;
import org.metalnmr.microstructure.grid.OccupancyBits;

/** Checks shared by the readers. */
final class VoxelImport {

    private VoxelImport() {
    }

    static InvalidInputException bad(Path file, String format, String reason) {
        return new InvalidInputException(MicrostructureMessage.BAD_FILE, file.getFileName() == null ? file.toString()
                : file.getFileName().toString(), format, reason);
    }

    static InvalidInputException unreadable(Path file, IOException e) {
        return new InvalidInputException(e, CoreMessage.FILE_UNREADABLE, file, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    /**
     * @param file   the file (for messages)
     * @param format the format name
     * @param nx     voxels along x
     * @param ny     voxels along y
     * @param nz     voxels along z
     * @throws InvalidInputException (as a bad file) when a size is out of range or the grid too large
     */
    static void checkSizes(Path file, String format, long nx, long ny, long nz) {
        try {
            OccupancyBits.checkSizes(nx, ny, nz);
        } catch (InvalidInputException e) {
            throw bad(file, format, e.getMessage());
        }
    }

    /**
     * Checks the grid sizes and the memory for its occupancy bits, before allocating them.
     *
     * @param file   the file (for messages)
     * @param format the format name
     * @param nx     voxels along x
     * @param ny     voxels along y
     * @param nz     voxels along z
     * @return an empty occupancy of that size
     */
    static OccupancyBits allocate(Path file, String format, long nx, long ny, long nz) {
        checkSizes(file, format, nx, ny, nz);
        long need = (nx * ny * nz + 63) / 64 * 8;
        MemoryCheck.require("import", (int) nx, (int) ny, (int) nz, new int[] {(int) nx, (int) ny, (int) nz}, need, false);
        return new OccupancyBits((int) nx, (int) ny, (int) nz);
    }
}
