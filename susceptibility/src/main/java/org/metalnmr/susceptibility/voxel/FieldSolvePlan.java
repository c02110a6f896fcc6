package org.metalnmr.susceptibility.voxel;

import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.susceptibility.SusceptibilityMessage;
import org.metalnmr.susceptibility.fft.RealEvenConvolver;
import org.metalnmr.susceptibility.fft.ReducedSpectrum;

/**
 * A field solve prepared for one grid shape and voxel size: the kernel spectrum is built (once) and
 * the FFT workspace is kept between solves. Made by {@link VoxelFieldSolver#plan}. One solve at a
 * time (solves are serialised).
 */
public final class FieldSolvePlan {

    private final int nx;
    private final int ny;
    private final int nz;
    private final double dx;
    private final double dy;
    private final double dz;
    private final RealEvenConvolver convolution;
    private final ReducedSpectrum kernel;

    FieldSolvePlan(int nx, int ny, int nz, double dx, double dy, double dz, RealEvenConvolver convolution,
                   ReducedSpectrum kernel) {
        this.nx = nx;
        this.ny = ny;
        this.nz = nz;
        this.dx = dx;
        this.dy = dy;
        this.dz = dz;
        this.convolution = convolution;
        this.kernel = kernel;
    }

    /** @return the FFT engine in use (simple class name of the convolver) */
    public String engineName() {
        return convolution.getClass().getSimpleName();
    }

    /** @return the FFT grid {mx, my, mz} */
    public int[] fftGrid() {
        return convolution.gridSize();
    }

    /**
     * @param grid a susceptibility map of this plan's shape and voxel size
     * @return its shift map [ppm]
     */
    public ShiftMap solve(ChiGrid grid) {
        double[] out = solveRaw(grid);
        return new ShiftMap(nx, ny, nz, dx, dy, dz, out);
    }

    /**
     * The shift map as a bare array (no copy into a record), for callers that only read it once,
     * e.g. a benchmark or a forward model that bins the values.
     *
     * @param grid a susceptibility map of this plan's shape and voxel size
     * @return shifts [ppm], index {@code i + nx (j + ny k)}
     */
    public double[] solveRaw(ChiGrid grid) {
        if (grid.nx() != nx || grid.ny() != ny || grid.nz() != nz
                || grid.dx() != dx || grid.dy() != dy || grid.dz() != dz) {
            throw new InvalidInputException(SusceptibilityMessage.GRID_SIZE_MISMATCH, "grid of this plan", nx, ny, nz,
                    (long) nx * ny * nz, grid.size());
        }
        double[] out = new double[grid.size()];
        convolution.convolve(grid.values(), nx, ny, nz, kernel, out);
        return out;
    }
}
