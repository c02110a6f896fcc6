package org.metalnmr.microstructure.generate;

import org.metalnmr.core.error.Checks;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.microstructure.MicrostructureMessage;
import org.metalnmr.microstructure.grid.OccupancyBits;
import org.metalnmr.microstructure.grid.VoxelMicrostructure;

/**
 * A hexagonal array of upright metal cylinders standing on a metal slab, one lateral period of a
 * laterally infinite patch: the standard case of the LiMetalNMR research code (Li cylinders of radius
 * 10 um and height 10 um at a centre spacing of 30 um on a Li slab, in a 128 um box; issue 16). The slab
 * fills the planes from z = 0 to {@code slabThicknessM}; the cylinders stand on it with their axes along z.
 *
 * <p>The lattice points are a (m + n/2, n sqrt(3)/2) with a lattice point at the box centre; every lattice
 * point inside the box is drawn as a disc wrapped periodically across x and y. A square box is not a period
 * of a hexagonal lattice, so at the seam the spacing departs from a (as in LiMetalNMR's box); the line
 * positions do not depend on that to the precision of the comparison (the field of a cylinder falls off
 * within about one spacing). A voxel is metal when its centre is inside the slab or a cylinder.</p>
 *
 * @param radiusM        cylinder radius [m]
 * @param heightM        cylinder height above the slab [m]
 * @param spacingM       centre-to-centre spacing of the hexagonal lattice [m], at least 2 radii
 * @param slabThicknessM slab thickness [m], &gt;= 0
 * @param boxLateralM    lateral box edge (x and y) [m]
 * @param boxHeightM     box height (z) [m], at least slab plus cylinder height
 * @param voxelSizeM     cubic voxel edge [m]
 */
public record HexCylinderArray(double radiusM, double heightM, double spacingM, double slabThicknessM,
                               double boxLateralM, double boxHeightM, double voxelSizeM) {

    /** Validates. */
    public HexCylinderArray {
        Checks.positive("cylinder radius", "[m]", radiusM);
        Checks.positive("cylinder height", "[m]", heightM);
        Checks.positive("cylinder spacing", "[m]", spacingM);
        Checks.nonNegative("slab thickness", "[m]", slabThicknessM);
        Checks.positive("box lateral edge", "[m]", boxLateralM);
        Checks.positive("box height", "[m]", boxHeightM);
        Checks.positive("voxel size", "[m]", voxelSizeM);
        if (spacingM < 2 * radiusM) {
            throw new InvalidInputException(MicrostructureMessage.BAD_GEOMETRY, "hex cylinder array",
                    "spacing " + spacingM + " m must be at least twice the radius " + radiusM + " m");
        }
        if (slabThicknessM + heightM > boxHeightM) {
            throw new InvalidInputException(MicrostructureMessage.BAD_GEOMETRY, "hex cylinder array",
                    "slab plus cylinders (" + (slabThicknessM + heightM) + " m) must fit the box height " + boxHeightM + " m");
        }
        OccupancyBits.checkSizes(Math.round(boxLateralM / voxelSizeM), Math.round(boxLateralM / voxelSizeM),
                Math.round(boxHeightM / voxelSizeM));
    }

    /**
     * The LiMetalNMR standard case on a cubic grid of n voxels per axis (128 um box).
     *
     * @param n              voxels per axis
     * @param slabThicknessM slab thickness [m] (LiMetalNMR's default is not stated in issue 16; see docs/microstructures.md)
     * @return the generator
     */
    public static HexCylinderArray standardCase(int n, double slabThicknessM) {
        double box = 128e-6;
        return new HexCylinderArray(10e-6, 10e-6, 30e-6, slabThicknessM, box, box, box / n);
    }

    /** @return voxels along x and y */
    public int lateralVoxels() {
        return (int) Math.round(boxLateralM / voxelSizeM);
    }

    /** @return voxels along z */
    public int heightVoxels() {
        return (int) Math.round(boxHeightM / voxelSizeM);
    }

    /** @return the number of whole planes of the slab */
    public int slabPlanes() {
        return (int) Math.round(slabThicknessM / voxelSizeM);
    }

    /** @return the number of planes of the cylinders */
    public int cylinderPlanes() {
        return (int) Math.round(heightM / voxelSizeM);
    }

    /** @return the voxelised patch (laterally periodic) */
    public VoxelMicrostructure generate() {
        int n = lateralVoxels();
        int nz = heightVoxels();
        double h = voxelSizeM;
        boolean[] disc = new boolean[n * n];
        double l = n * h;
        double rowStep = spacingM * Math.sqrt(3) / 2;
        int rows = (int) Math.ceil(l / rowStep) + 2;
        int cols = (int) Math.ceil(l / spacingM) + 2;
        double cx = l / 2;
        double cy = l / 2;
        for (int row = -rows; row <= rows; row++) {
            double y = cy + row * rowStep;
            for (int col = -cols - rows; col <= cols + rows; col++) {
                double x = cx + spacingM * (col + 0.5 * row);
                if (x < 0 || x >= l || y < 0 || y >= l) {
                    continue;
                }
                drawDisc(disc, n, h, x, y);
            }
        }
        OccupancyBits bits = new OccupancyBits(n, n, nz);
        int slab = slabPlanes();
        bits.fillPlanes(0, slab);
        int top = Math.min(nz, slab + cylinderPlanes());
        for (int k = slab; k < top; k++) {
            int base = k * n * n;
            for (int c = 0; c < n * n; c++) {
                if (disc[c]) {
                    bits.set(base + c, true);
                }
            }
        }
        return bits.build(h, true);
    }

    private void drawDisc(boolean[] disc, int n, double h, double x, double y) {
        int reach = (int) Math.ceil(radiusM / h) + 1;
        int ic = (int) Math.floor(x / h);
        int jc = (int) Math.floor(y / h);
        double r2 = radiusM * radiusM;
        for (int dj = -reach; dj <= reach; dj++) {
            for (int di = -reach; di <= reach; di++) {
                int i = ic + di;
                int j = jc + dj;
                double px = (i + 0.5) * h - x;
                double py = (j + 0.5) * h - y;
                if (px * px + py * py <= r2) {
                    disc[Math.floorMod(i, n) + n * Math.floorMod(j, n)] = true;
                }
            }
        }
    }
}
