package org.metalnmr.toolkit.forward;

import org.metalnmr.core.error.Checks;

/**
 * Numerical settings of the forward model. Physical inputs live in the scenario; these only set
 * resolution and cost.
 *
 * @param bmsVoxelSizeM      target voxel size of the susceptibility (BMS) field solve [m]; the voxel is
 *                           refined along the thinnest axis of the metal stack when the cell is not tilted
 * @param rfVoxelSizeM       voxel size of the 3D surface-impedance RF solve [m] (cubic voxels), used when
 *                           {@code rfVoxelsAcrossLayer} is 0 or no observed-metal layer is aligned with a lab axis
 * @param maxPacketsPerDeposit largest number of spin packets one explicit deposit population contributes
 *                           (larger populations are represented by an evenly strided subset, weights rescaled)
 * @param orientationNodes   polar quadrature nodes of orientation distributions (porous layers)
 * @param rfVoxelsAcrossLayer voxels across the thinnest observed-metal layer in the RF solve, n: the RF voxel is
 *                           t / n, t that layer's thickness, with its faces on voxel boundaries (0: use
 *                           {@code rfVoxelSizeM}; see CellRfField.GridChoice); 1/2 gives the grid twice as coarse
 */
public record ForwardModelOptions(double bmsVoxelSizeM, double rfVoxelSizeM, int maxPacketsPerDeposit,
                                  int orientationNodes, double rfVoxelsAcrossLayer) {

    /** Validates. */
    public ForwardModelOptions {
        Checks.positive("bmsVoxelSizeM", "[m]", bmsVoxelSizeM);
        Checks.positive("rfVoxelSizeM", "[m]", rfVoxelSizeM);
        Checks.inRange("maxPacketsPerDeposit", "[1]", 1, 50_000_000, maxPacketsPerDeposit);
        Checks.inRange("orientationNodes", "[1]", 4, 4096, orientationNodes);
        Checks.inRange("rfVoxelsAcrossLayer", "[1] (0 = off)", 0, 64, rfVoxelsAcrossLayer);
    }

    /**
     * Defaults: 60 um BMS voxels (refined to a quarter of the thinnest metal layer along its normal),
     * RF voxels of the thinnest observed-metal layer's thickness, faces on voxel boundaries (100 um for the 100 um Li
     * foil of the cell presets; the 3D solve resolves the field around mm parts, the skin layer itself is analytic;
     * 150 um when no layer is aligned with a lab axis),
     * 200 000 packets per deposit, 48 polar nodes. (Line widths are physics, not options: the homogeneous width
     * from the metal's relaxation, {@code core.materials.KorringaRelaxation}, the inhomogeneous one from the packets.)
     *
     * @return the defaults
     */
    public static ForwardModelOptions defaults() {
        return new ForwardModelOptions(60e-6, 150e-6, 200_000, 48, 1.0);
    }

    /**
     * @param sizeM BMS voxel size [m]
     * @return a copy with it
     */
    public ForwardModelOptions withBmsVoxelSize(double sizeM) {
        return new ForwardModelOptions(sizeM, rfVoxelSizeM, maxPacketsPerDeposit, orientationNodes, rfVoxelsAcrossLayer);
    }

    /**
     * @param sizeM RF voxel size [m], used as given (the layer rule off; the layer's face still on a voxel boundary)
     * @return a copy with it
     */
    public ForwardModelOptions withRfVoxelSize(double sizeM) {
        return new ForwardModelOptions(bmsVoxelSizeM, sizeM, maxPacketsPerDeposit, orientationNodes, 0);
    }

    /**
     * @param n RF voxels across the thinnest observed-metal layer (0: use the RF voxel size as given)
     * @return a copy with it
     */
    public ForwardModelOptions withRfVoxelsAcrossLayer(double n) {
        return new ForwardModelOptions(bmsVoxelSizeM, rfVoxelSizeM, maxPacketsPerDeposit, orientationNodes, n);
    }

    /**
     * The grid of one refinement step coarser, for the Richardson estimate of the discretisation error: every voxel
     * size doubled (RF: half as many voxels across the layer, or twice the given size; BMS: twice the target size).
     *
     * @return a copy twice as coarse
     */
    public ForwardModelOptions coarsened() {
        return new ForwardModelOptions(2 * bmsVoxelSizeM, 2 * rfVoxelSizeM, maxPacketsPerDeposit, orientationNodes,
                rfVoxelsAcrossLayer / 2);
    }

    /**
     * @param n packets per deposit
     * @return a copy with it
     */
    public ForwardModelOptions withMaxPacketsPerDeposit(int n) {
        return new ForwardModelOptions(bmsVoxelSizeM, rfVoxelSizeM, n, orientationNodes, rfVoxelsAcrossLayer);
    }
}
