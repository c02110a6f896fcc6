package org.metalnmr.toolkit.forward;

import org.metalnmr.core.error.Checks;

/**
 * Numerical settings of the forward model. Physical inputs live in the scenario; these only set
 * resolution and cost.
 *
 * @param bmsVoxelSizeM      target voxel size of the susceptibility (BMS) field solve [m]; the voxel is
 *                           refined along the thinnest axis of the metal stack when the cell is not tilted
 * @param rfVoxelSizeM       voxel size of the 3D surface-impedance RF solve [m] (cubic voxels)
 * @param maxPacketsPerDeposit largest number of spin packets one explicit deposit population contributes
 *                           (larger populations are represented by an evenly strided subset, weights rescaled)
 * @param metalFwhmPpm       intrinsic Lorentzian FWHM of a metal spin packet [ppm] (homogeneous width; the
 *                           inhomogeneous BMS width comes from the packets themselves)
 * @param orientationNodes   polar quadrature nodes of orientation distributions (porous layers)
 */
public record ForwardModelOptions(double bmsVoxelSizeM, double rfVoxelSizeM, int maxPacketsPerDeposit,
                                  double metalFwhmPpm, int orientationNodes) {

    /** Validates. */
    public ForwardModelOptions {
        Checks.positive("bmsVoxelSizeM", "[m]", bmsVoxelSizeM);
        Checks.positive("rfVoxelSizeM", "[m]", rfVoxelSizeM);
        Checks.inRange("maxPacketsPerDeposit", "[1]", 1, 50_000_000, maxPacketsPerDeposit);
        Checks.positive("metalFwhmPpm", "[ppm]", metalFwhmPpm);
        Checks.inRange("orientationNodes", "[1]", 4, 4096, orientationNodes);
    }

    /**
     * Defaults: 60 um BMS voxels (refined to a quarter of the thinnest metal layer along its normal),
     * 150 um RF voxels (the 3D solve resolves the field around mm parts; the skin layer itself is analytic),
     * 200 000 packets per deposit, 1 ppm intrinsic width (diffusion-narrowed Li metal near room temperature
     * has a homogeneous width well below the few-ppm BMS widths observed in cells; the value only sets
     * the narrowest possible line), 48 polar nodes.
     *
     * @return the defaults
     */
    public static ForwardModelOptions defaults() {
        return new ForwardModelOptions(60e-6, 150e-6, 200_000, 1.0, 48);
    }

    /**
     * @param sizeM BMS voxel size [m]
     * @return a copy with it
     */
    public ForwardModelOptions withBmsVoxelSize(double sizeM) {
        return new ForwardModelOptions(sizeM, rfVoxelSizeM, maxPacketsPerDeposit, metalFwhmPpm, orientationNodes);
    }

    /**
     * @param sizeM RF voxel size [m]
     * @return a copy with it
     */
    public ForwardModelOptions withRfVoxelSize(double sizeM) {
        return new ForwardModelOptions(bmsVoxelSizeM, sizeM, maxPacketsPerDeposit, metalFwhmPpm, orientationNodes);
    }

    /**
     * @param n packets per deposit
     * @return a copy with it
     */
    public ForwardModelOptions withMaxPacketsPerDeposit(int n) {
        return new ForwardModelOptions(bmsVoxelSizeM, rfVoxelSizeM, n, metalFwhmPpm, orientationNodes);
    }
}
