package org.metalnmr.rf.potential;

import java.util.List;
import org.metalnmr.core.error.Checks;
import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.rf.RfMessage;

/**
 * A voxel grid of metal parts: voxel (i, j, k) is the cube of edge h whose lowest corner is
 * origin + h (i, j, k), at index i + nx (j + ny k) (x fastest, the order of geometry's
 * {@link org.metalnmr.geometry.voxel.GridSpec}, see {@link #gridSpec()}). A label 0 is air; label p &gt; 0 is metal
 * part p, named partNames[p - 1]. Immutable (the label array is copied on entry and on exit).
 *
 * @param nx          voxels along x
 * @param ny          voxels along y
 * @param nz          voxels along z
 * @param voxelSizeM  voxel edge h [m]
 * @param originM     {x, y, z} of the lowest corner of voxel (0, 0, 0) [m]
 * @param labels      part label per voxel (0 = air)
 * @param partNames   names of the parts 1..P
 */
public record MetalMask(int nx, int ny, int nz, double voxelSizeM, double[] originM, byte[] labels,
                        List<String> partNames) {

    /** Validates and copies. */
    public MetalMask {
        Checks.positive("nx", "[1]", nx);
        Checks.positive("ny", "[1]", ny);
        Checks.positive("nz", "[1]", nz);
        Checks.positive("voxelSize", "[m]", voxelSizeM);
        if (originM == null || originM.length != 3) {
            throw new InvalidInputException(RfMessage.LENGTH_MISMATCH, "originM", 3, originM == null ? 0 : originM.length);
        }
        for (double o : originM) {
            Checks.finite("originM [m]", o);
        }
        long n = (long) nx * ny * nz;
        if (labels == null || labels.length != n) {
            throw new InvalidInputException(RfMessage.LENGTH_MISMATCH, "labels", n, labels == null ? 0 : labels.length);
        }
        partNames = List.copyOf(partNames);
        for (byte b : labels) {
            if (b < 0 || b > partNames.size()) {
                throw new InvalidInputException(CoreMessage.OUT_OF_RANGE, "voxel label", 0, partNames.size(), "[1]", b);
            }
        }
        originM = originM.clone();
        labels = labels.clone();
    }

    @Override
    public double[] originM() {
        return originM.clone();
    }

    @Override
    public byte[] labels() {
        return labels.clone();
    }

    /** @return the number of voxels */
    public long voxelCount() {
        return (long) nx * ny * nz;
    }

    /**
     * @param i voxel index along x
     * @param j voxel index along y
     * @param k voxel index along z
     * @return the label of that voxel
     */
    public int label(int i, int j, int k) {
        return labels[index(i, j, k)];
    }

    /**
     * @param i voxel index along x
     * @param j voxel index along y
     * @param k voxel index along z
     * @return the flat index i + nx (j + ny k) of that voxel in {@link #labels()} (x fastest)
     */
    public int index(int i, int j, int k) {
        return i + nx * (j + ny * k);
    }

    /** @return the grid as geometry's grid type (cubic voxels of edge h, same origin and index order) */
    public org.metalnmr.geometry.voxel.GridSpec gridSpec() {
        return new org.metalnmr.geometry.voxel.GridSpec(new org.joml.Vector3d(originM[0], originM[1], originM[2]),
                voxelSizeM, voxelSizeM, voxelSizeM, nx, ny, nz);
    }

    /**
     * @param i index along x
     * @return x of the voxel centre [m]
     */
    public double centerX(int i) {
        return originM[0] + (i + 0.5) * voxelSizeM;
    }

    /**
     * @param j index along y
     * @return y of the voxel centre [m]
     */
    public double centerY(int j) {
        return originM[1] + (j + 0.5) * voxelSizeM;
    }

    /**
     * @param k index along z
     * @return z of the voxel centre [m]
     */
    public double centerZ(int k) {
        return originM[2] + (k + 0.5) * voxelSizeM;
    }

    /**
     * A mask from the geometry module's voxelisation: each voxel becomes the metal channel with the
     * largest fraction among those reaching {@code minFraction}, else air. A threshold below 0.5
     * keeps parts thinner than a voxel (a 20 um foil in 100 um voxels) as one voxel layer, which is
     * what a perfect-diamagnet screen needs; their thickness is then overstated (harmless for the
     * field outside a screen, not for its own signal).
     *
     * @param grid          the fractions (voxels must be cubes)
     * @param metalChannels the channels that are metal, in the order of the part labels 1..P
     * @param minFraction   smallest fraction that makes a voxel metal, in (0, 1]
     * @return the mask
     */
    public static MetalMask fromMaterialGrid(org.metalnmr.geometry.voxel.MaterialGrid grid, List<String> metalChannels,
                                             double minFraction) {
        return fromMaterialGrid(grid, metalChannels, minFraction, new boolean[metalChannels.size()]);
    }

    /**
     * As {@link #fromMaterialGrid(org.metalnmr.geometry.voxel.MaterialGrid, List, double)}, but channels marked
     * preferred win a voxel they fill to {@code minFraction} over any channel not marked, whatever its fraction
     * (e.g. the observed 100 um Li foil keeps its exposed faces where a 150 um voxel holds more of the Cu
     * collector behind it); among equally marked channels the largest fraction wins.
     *
     * @param grid          the fractions (voxels must be cubes)
     * @param metalChannels the channels that are metal, in the order of the part labels 1..P
     * @param minFraction   smallest fraction that makes a voxel metal, in (0, 1]
     * @param preferred     one flag per channel
     * @return the mask
     */
    public static MetalMask fromMaterialGrid(org.metalnmr.geometry.voxel.MaterialGrid grid, List<String> metalChannels,
                                             double minFraction, boolean[] preferred) {
        Checks.inRange("minFraction", "[1]", 1e-6, 1, minFraction);
        org.metalnmr.geometry.voxel.GridSpec g = grid.grid();
        double h = g.voxelX();
        if (Math.abs(g.voxelY() - h) > 1e-9 * h || Math.abs(g.voxelZ() - h) > 1e-9 * h) {
            throw new InvalidInputException(CoreMessage.NOT_ONE_OF, "voxel shape", "cubes (equal voxel sizes)",
                    g.voxelX() + " x " + g.voxelY() + " x " + g.voxelZ() + " m");
        }
        if (metalChannels.size() > Byte.MAX_VALUE) {
            throw new InvalidInputException(CoreMessage.OUT_OF_RANGE, "number of metal channels", 1, Byte.MAX_VALUE, "[1]",
                    metalChannels.size());
        }
        int[] ch = new int[metalChannels.size()];
        for (int p = 0; p < ch.length; p++) {
            ch[p] = grid.channelIndex(metalChannels.get(p));
        }
        int nx = g.nx();
        int ny = g.ny();
        int nz = g.nz();
        byte[] lab = new byte[nx * ny * nz];
        // the same index order as the grid's arrays (x fastest): no transposition
        for (int gi = 0; gi < lab.length; gi++) {
            float best = 0;
            int bestP = -1;
            boolean bestPreferred = false;
            for (int p = 0; p < ch.length; p++) {
                float f = grid.fraction(ch[p], gi);
                if (f < minFraction) {
                    continue;
                }
                if (bestP < 0 || (preferred[p] && !bestPreferred) || (preferred[p] == bestPreferred && f > best)) {
                    best = f;
                    bestP = p;
                    bestPreferred = preferred[p];
                }
            }
            lab[gi] = (byte) (bestP + 1);
        }
        double[] origin = {g.centreX(0) - h / 2, g.centreY(0) - h / 2, g.centreZ(0) - h / 2};
        return new MetalMask(nx, ny, nz, h, origin, lab, metalChannels);
    }

    /** Builds masks from solid bodies (later parts overwrite earlier ones where they overlap). */
    public static final class Builder {
        private final int nx;
        private final int ny;
        private final int nz;
        private final double h;
        private final double[] origin;
        private final byte[] labels;
        private final java.util.ArrayList<String> names = new java.util.ArrayList<>();

        /**
         * A builder for a grid centred on a point.
         *
         * @param nx      voxels along x
         * @param ny      voxels along y
         * @param nz      voxels along z
         * @param h       voxel edge [m]
         * @param centerM {x, y, z} of the grid centre [m]
         */
        public Builder(int nx, int ny, int nz, double h, double[] centerM) {
            Checks.positive("nx", "[1]", nx);
            Checks.positive("ny", "[1]", ny);
            Checks.positive("nz", "[1]", nz);
            Checks.positive("voxelSize", "[m]", h);
            this.nx = nx;
            this.ny = ny;
            this.nz = nz;
            this.h = h;
            this.origin = new double[] {centerM[0] - nx * h / 2, centerM[1] - ny * h / 2, centerM[2] - nz * h / 2};
            long n = (long) nx * ny * nz;
            org.metalnmr.rf.linalg.MemoryBudget.require(String.format(java.util.Locale.ROOT,
                    "metal mask %d x %d x %d", nx, ny, nz), n, 1, "voxels");
            this.labels = new byte[(int) Math.min(Integer.MAX_VALUE - 8, n)];
        }

        /**
         * Marks every voxel whose centre lies inside a body as a new part.
         *
         * @param name   the part's name
         * @param inside the body: (x, y, z) [m] -&gt; inside
         * @return this builder
         */
        public Builder add(String name, Solid inside) {
            names.add(name);
            if (names.size() > Byte.MAX_VALUE) {
                throw new InvalidInputException(CoreMessage.OUT_OF_RANGE, "number of parts", 1, Byte.MAX_VALUE, "[1]", names.size());
            }
            byte lab = (byte) names.size();
            int c = 0;
            for (int k = 0; k < nz; k++) {
                double z = origin[2] + (k + 0.5) * h;
                for (int j = 0; j < ny; j++) {
                    double y = origin[1] + (j + 0.5) * h;
                    for (int i = 0; i < nx; i++, c++) {
                        if (inside.contains(origin[0] + (i + 0.5) * h, y, z)) {
                            labels[c] = lab;
                        }
                    }
                }
            }
            return this;
        }

        /** @return the mask */
        public MetalMask build() {
            return new MetalMask(nx, ny, nz, h, origin, labels, names);
        }
    }

    /** A solid body for {@link Builder#add}. */
    @FunctionalInterface
    public interface Solid {
        /**
         * @param x [m]
         * @param y [m]
         * @param z [m]
         * @return true inside the body
         */
        boolean contains(double x, double y, double z);

        /**
         * @param cx     centre x [m]
         * @param cy     centre y [m]
         * @param cz     centre z [m]
         * @param radius radius [m]
         * @return a sphere
         */
        static Solid sphere(double cx, double cy, double cz, double radius) {
            return (x, y, z) -> (x - cx) * (x - cx) + (y - cy) * (y - cy) + (z - cz) * (z - cz) < radius * radius;
        }

        /**
         * A disk (short cylinder) with its axis along a coordinate axis.
         *
         * @param center    {x, y, z} of the centre [m]
         * @param axis      0, 1 or 2 for an axis along x, y or z
         * @param radius    radius [m]
         * @param thickness thickness along the axis [m]
         * @return the disk
         */
        static Solid disk(double[] center, int axis, double radius, double thickness) {
            double[] c = center.clone();
            return (x, y, z) -> {
                double[] p = {x - c[0], y - c[1], z - c[2]};
                double along = p[axis];
                double r2 = p[0] * p[0] + p[1] * p[1] + p[2] * p[2] - along * along;
                return Math.abs(along) < thickness / 2 && r2 < radius * radius;
            };
        }
    }
}
