package org.metalnmr.microstructure.generate;

import org.joml.Vector3d;
import org.metalnmr.core.error.Checks;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.geometry.deposit.SurfaceSite;
import org.metalnmr.geometry.deposit.WhiskerPopulation;
import org.metalnmr.geometry.deposit.WhiskerSpec;
import org.metalnmr.microstructure.MicrostructureMessage;
import org.metalnmr.microstructure.grid.OccupancyBits;
import org.metalnmr.microstructure.grid.VoxelMicrostructure;

/**
 * Random whiskers on a slab, drawn from geometry's whisker population model ({@link WhiskerSpec}: binomial
 * bases, size and direction distributions; its Javadoc states the statistics) and voxelised into one
 * laterally periodic period of the patch. The population is drawn on a disc of the box's area
 * (radius L / sqrt(pi)) centred on the box, so the expected count is n L^2, and every whisker is wrapped
 * periodically across x and y; a whisker leaving through the top of the box is cut there. A voxel is metal
 * when its centre is inside the slab or within a whisker's radius of its axis segment.
 *
 * @param spec           the whisker population (areal density, radius, length, orientation)
 * @param slabThicknessM slab thickness [m], &gt;= 0
 * @param boxLateralM    lateral box edge [m]
 * @param boxHeightM     box height [m]
 * @param voxelSizeM     cubic voxel edge [m]
 * @param seed           random seed
 */
public record RandomWhiskers(WhiskerSpec spec, double slabThicknessM, double boxLateralM, double boxHeightM,
                             double voxelSizeM, long seed) {

    /** Validates. */
    public RandomWhiskers {
        java.util.Objects.requireNonNull(spec, "whisker spec");
        Checks.nonNegative("slab thickness", "[m]", slabThicknessM);
        Checks.positive("box lateral edge", "[m]", boxLateralM);
        Checks.positive("box height", "[m]", boxHeightM);
        Checks.positive("voxel size", "[m]", voxelSizeM);
        if (slabThicknessM >= boxHeightM) {
            throw new InvalidInputException(MicrostructureMessage.BAD_GEOMETRY, "random whiskers",
                    "slab thickness " + slabThicknessM + " m must be below the box height " + boxHeightM + " m");
        }
        OccupancyBits.checkSizes(Math.round(boxLateralM / voxelSizeM), Math.round(boxLateralM / voxelSizeM),
                Math.round(boxHeightM / voxelSizeM));
    }

    /** @return the whisker population drawn for this box (lab frame, the slab top at z = slab thickness) */
    public WhiskerPopulation population() {
        double l = Math.round(boxLateralM / voxelSizeM) * voxelSizeM;
        double slabTop = Math.round(slabThicknessM / voxelSizeM) * voxelSizeM;
        SurfaceSite site = new SurfaceSite(new Vector3d(l / 2, l / 2, slabTop), new Vector3d(0, 0, 1), l / Math.sqrt(Math.PI));
        return spec.generate(site, seed);
    }

    /** @return the voxelised patch (laterally periodic) */
    public VoxelMicrostructure generate() {
        int n = (int) Math.round(boxLateralM / voxelSizeM);
        int nz = (int) Math.round(boxHeightM / voxelSizeM);
        double h = voxelSizeM;
        OccupancyBits bits = new OccupancyBits(n, n, nz);
        bits.fillPlanes(0, (int) Math.round(slabThicknessM / h));
        WhiskerPopulation pop = population();
        double[] b = pop.bases();
        double[] d = pop.directions();
        double[] r = pop.radii();
        double[] len = pop.lengths();
        for (int w = 0; w < r.length; w++) {
            drawCylinder(bits, n, nz, h, b[3 * w], b[3 * w + 1], b[3 * w + 2], d[3 * w], d[3 * w + 1], d[3 * w + 2], r[w], len[w]);
        }
        return bits.build(h, true);
    }

    private static void drawCylinder(OccupancyBits bits, int n, int nz, double h, double bx, double by, double bz,
                                     double ux, double uy, double uz, double radius, double length) {
        double ex = bx + ux * length;
        double ey = by + uy * length;
        double ez = bz + uz * length;
        int i0 = (int) Math.floor((Math.min(bx, ex) - radius) / h);
        int i1 = (int) Math.ceil((Math.max(bx, ex) + radius) / h);
        int j0 = (int) Math.floor((Math.min(by, ey) - radius) / h);
        int j1 = (int) Math.ceil((Math.max(by, ey) + radius) / h);
        int k0 = Math.max(0, (int) Math.floor((Math.min(bz, ez) - radius) / h));
        int k1 = Math.min(nz - 1, (int) Math.ceil((Math.max(bz, ez) + radius) / h));
        double r2 = radius * radius;
        for (int k = k0; k <= k1; k++) {
            double pz = (k + 0.5) * h - bz;
            for (int j = j0; j <= j1; j++) {
                double py = (j + 0.5) * h - by;
                for (int i = i0; i <= i1; i++) {
                    double px = (i + 0.5) * h - bx;
                    double t = px * ux + py * uy + pz * uz;
                    if (t < 0 || t > length) {
                        continue;
                    }
                    double qx = px - t * ux;
                    double qy = py - t * uy;
                    double qz = pz - t * uz;
                    if (qx * qx + qy * qy + qz * qz <= r2) {
                        bits.set(Math.floorMod(i, n) + n * (Math.floorMod(j, n) + n * k), true);
                    }
                }
            }
        }
    }
}
