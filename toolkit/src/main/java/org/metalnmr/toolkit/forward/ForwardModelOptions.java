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
 * @param rfRefinement       refinement ratio r of the nested RF sub-grid around the electrodes, the pellet and the
 *                           composite (voxel h / r, boundary values from the whole-cell solve; CellRfField.Refinement);
 *                           1: no sub-grid
 */
public record ForwardModelOptions(double bmsVoxelSizeM, double rfVoxelSizeM, int maxPacketsPerDeposit,
                                  int orientationNodes, double rfVoxelsAcrossLayer, int rfRefinement) {

    /** Validates. */
    public ForwardModelOptions {
        Checks.positive("bmsVoxelSizeM", "[m]", bmsVoxelSizeM);
        Checks.positive("rfVoxelSizeM", "[m]", rfVoxelSizeM);
        Checks.inRange("maxPacketsPerDeposit", "[1]", 1, 50_000_000, maxPacketsPerDeposit);
        Checks.inRange("orientationNodes", "[1]", 4, 4096, orientationNodes);
        Checks.inRange("rfVoxelsAcrossLayer", "[1] (0 = off)", 0, 64, rfVoxelsAcrossLayer);
        Checks.inRange("rfRefinement", "[1] (1 = off)", 1, 16, rfRefinement);
    }

    /**
     * Without a nested RF sub-grid.
     *
     * @param bmsVoxelSizeM        BMS voxel [m]
     * @param rfVoxelSizeM         RF voxel [m]
     * @param maxPacketsPerDeposit packets per deposit
     * @param orientationNodes     polar nodes
     * @param rfVoxelsAcrossLayer  RF voxels across the thinnest observed-metal layer
     */
    public ForwardModelOptions(double bmsVoxelSizeM, double rfVoxelSizeM, int maxPacketsPerDeposit, int orientationNodes,
                               double rfVoxelsAcrossLayer) {
        this(bmsVoxelSizeM, rfVoxelSizeM, maxPacketsPerDeposit, orientationNodes, rfVoxelsAcrossLayer, 1);
    }

    /**
     * Defaults: 60 um BMS voxels (refined to a quarter of the thinnest metal layer along its normal),
     * RF voxels of the thinnest observed-metal layer's thickness, faces on voxel boundaries (100 um for the 100 um Li
     * foil of the cell presets; the 3D solve resolves the field around mm parts, the skin layer itself is analytic;
     * 150 um when no layer is aligned with a lab axis), a nested RF sub-grid four times as fine around the electrodes,
     * pellet and composite (25 um for the presets: the foil signals within 0.2 % and the cell-A foil position within
     * 0.3 ppm of the extrapolation of 100/50/25 um with the observed order; the cell-A whiskers and composite, fed by the
     * field at the mouth of the gap, are not converged: docs/rf-solvers.md, "Converged by default?"),
     * 200 000 packets per deposit, 48 polar nodes. (Line widths are physics, not options: the homogeneous width
     * from the metal's relaxation, {@code core.materials.KorringaRelaxation}, the inhomogeneous one from the packets.)
     *
     * @return the defaults
     */
    public static ForwardModelOptions defaults() {
        return new ForwardModelOptions(60e-6, 150e-6, 200_000, 48, 1.0, 4);
    }

    /**
     * @param sizeM BMS voxel size [m]
     * @return a copy with it
     */
    public ForwardModelOptions withBmsVoxelSize(double sizeM) {
        return new ForwardModelOptions(sizeM, rfVoxelSizeM, maxPacketsPerDeposit, orientationNodes, rfVoxelsAcrossLayer, rfRefinement);
    }

    /**
     * @param sizeM RF voxel size [m], used as given (the layer rule off; the layer's face still on a voxel boundary)
     * @return a copy with it
     */
    public ForwardModelOptions withRfVoxelSize(double sizeM) {
        return new ForwardModelOptions(bmsVoxelSizeM, sizeM, maxPacketsPerDeposit, orientationNodes, 0, rfRefinement);
    }

    /**
     * @param n RF voxels across the thinnest observed-metal layer (0: use the RF voxel size as given)
     * @return a copy with it
     */
    public ForwardModelOptions withRfVoxelsAcrossLayer(double n) {
        return new ForwardModelOptions(bmsVoxelSizeM, rfVoxelSizeM, maxPacketsPerDeposit, orientationNodes, n, rfRefinement);
    }

    /**
     * The grid of one refinement step coarser, for the Richardson estimate of the discretisation error: every voxel
     * size doubled (RF: half as many voxels across the layer, or twice the given size, the sub-grid's ratio kept so
     * that its voxel doubles too; BMS: twice the target size).
     *
     * @return a copy twice as coarse
     */
    public ForwardModelOptions coarsened() {
        return new ForwardModelOptions(2 * bmsVoxelSizeM, 2 * rfVoxelSizeM, maxPacketsPerDeposit, orientationNodes,
                rfVoxelsAcrossLayer / 2, rfRefinement);
    }

    /**
     * @param r refinement ratio of the nested RF sub-grid (1: none)
     * @return a copy with it
     */
    public ForwardModelOptions withRfRefinement(int r) {
        return new ForwardModelOptions(bmsVoxelSizeM, rfVoxelSizeM, maxPacketsPerDeposit, orientationNodes, rfVoxelsAcrossLayer, r);
    }

    /**
     * @param n packets per deposit
     * @return a copy with it
     */
    public ForwardModelOptions withMaxPacketsPerDeposit(int n) {
        return new ForwardModelOptions(bmsVoxelSizeM, rfVoxelSizeM, n, orientationNodes, rfVoxelsAcrossLayer, rfRefinement);
    }
}
