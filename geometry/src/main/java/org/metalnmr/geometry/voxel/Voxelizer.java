package org.metalnmr.geometry.voxel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.joml.Vector3dc;
import org.metalnmr.core.error.Checks;
import org.metalnmr.geometry.body.Body;
import org.metalnmr.geometry.body.BoundingBox;
import org.metalnmr.geometry.body.Box;
import org.metalnmr.geometry.body.Cylinder;
import org.metalnmr.geometry.body.Disk;

/**
 * Turns bodies into partial-volume fractions on a {@link GridSpec} ({@link MaterialGrid}).
 *
 * <p>Fraction of a voxel V filled by a body B, f = |V &cap; B| / |V|, computed by the first rule
 * that applies:</p>
 * <ol>
 * <li><b>axis-aligned box</b> (rotation a signed permutation): exact, the product of the three
 * interval overlaps;</li>
 * <li><b>axis-aligned disk or cylinder</b> (axis along a lab axis): the exact overlap along the
 * axis times the in-plane disk-square coverage, which is 0 or 1 when the square lies wholly
 * outside or inside the circle and otherwise sampled on a (4s) x (4s) lattice; this keeps foils far
 * thinner than a voxel (a 20 um Ti foil in 100 um voxels) exact along their normal;</li>
 * <li><b>anything else</b>: the signed distance d at the voxel centre decides: d &gt;= half the
 * voxel diagonal gives 0, d &lt;= minus half the diagonal gives 1 (the distance is exact or a
 * lower bound of the depth, so this is safe); otherwise the voxel is sampled at the centres of an
 * s x s x s sub-lattice (s = {@link #supersampling()}, default {@value #DEFAULT_SUPERSAMPLING}).
 * The error of a boundary voxel is O(1/s) and of a body's total volume much smaller, since the
 * errors of neighbouring boundary voxels largely cancel (tested: below 0.1% at 32 voxels across
 * for spheres, ellipsoids, tilted boxes and cylinders). Bodies thinner than voxel/s are hit or
 * missed by the sub-lattice: right on average over many bodies, not one by one.</li>
 * </ol>
 *
 * <p>Overlaps: sources are applied in order of decreasing priority; each voxel keeps a running
 * occupied fraction, and a source adds min(f, 1 - occupied). Displacement is by volume, not by
 * position in the voxel: exact where the higher-priority body fills or misses the voxel,
 * approximate in voxels both bodies only partly fill.</p>
 *
 * <p>Memory: (channels + 1) float arrays of the grid's size, estimated and checked against
 * {@code Runtime.maxMemory()} before allocation ({@link MemoryEstimate}). Work is split over
 * z-slabs with a parallel stream; each slab is written by one thread only, so the result does not
 * depend on the thread count.</p>
 */
public final class Voxelizer {

    /** Default sub-samples per axis in a boundary voxel. */
    public static final int DEFAULT_SUPERSAMPLING = 6;

    private final int supersampling;
    private final boolean parallel;

    private Voxelizer(int supersampling, boolean parallel) {
        this.supersampling = supersampling;
        this.parallel = parallel;
    }

    /** @return a voxelizer with {@value #DEFAULT_SUPERSAMPLING} sub-samples per axis, running in parallel */
    public static Voxelizer defaults() {
        return new Voxelizer(DEFAULT_SUPERSAMPLING, true);
    }

    /**
     * @param samplesPerAxis sub-samples per axis in a boundary voxel, in [1, 64]
     * @return a copy with that supersampling
     */
    public Voxelizer withSupersampling(int samplesPerAxis) {
        Checks.inRange("supersampling", "[samples per axis]", 1, 64, samplesPerAxis);
        return new Voxelizer(samplesPerAxis, parallel);
    }

    /**
     * @param inParallel whether to split slabs over threads
     * @return a copy with that setting (the result is the same either way)
     */
    public Voxelizer withParallel(boolean inParallel) {
        return new Voxelizer(supersampling, inParallel);
    }

    /** @return sub-samples per axis in a boundary voxel */
    public int supersampling() {
        return supersampling;
    }

    /**
     * @param bodies bodies, each filling the channel named after its material, equal priority
     * @param grid   the grid
     * @return the fractions
     */
    public MaterialGrid voxelize(List<? extends Body> bodies, GridSpec grid) {
        return voxelizeSources(bodies.stream().map(VoxelSource::byMaterial).toList(), grid);
    }

    /**
     * @param sources bodies with channel and priority
     * @param grid    the grid
     * @return the fractions, one channel per distinct channel name in order of first appearance
     * @throws org.metalnmr.core.error.InvalidInputException when the arrays would not fit in memory
     */
    public MaterialGrid voxelizeSources(List<VoxelSource> sources, GridSpec grid) {
        Map<String, String> materials = new LinkedHashMap<>();
        for (VoxelSource s : sources) {
            materials.putIfAbsent(s.channel(), s.material());
        }
        List<String> channels = List.copyOf(materials.keySet());
        MemoryEstimate.of(grid, channels.size() + 1, Float.BYTES,
                String.format(java.util.Locale.ROOT, "voxel grid %d x %d x %d with %d channels",
                        grid.nx(), grid.ny(), grid.nz(), channels.size())).requireAvailable();

        List<Item> items = new ArrayList<>();
        for (VoxelSource s : sources) {
            for (Body leaf : s.body().leaves()) {
                Item it = Item.of(leaf, channels.indexOf(s.channel()), s.priority(), grid);
                if (it != null) {
                    items.add(it);
                }
            }
        }
        items.sort(Comparator.comparingInt((Item it) -> -it.priority)); // stable: input order within a priority
        int nz = grid.nz();
        int[] counts = new int[nz];
        for (Item it : items) {
            for (int k = it.k0; k <= it.k1; k++) {
                counts[k]++;
            }
        }
        int[][] slabItems = new int[nz][];
        for (int k = 0; k < nz; k++) {
            slabItems[k] = new int[counts[k]];
        }
        int[] fill = new int[nz];
        for (int n = 0; n < items.size(); n++) {
            Item it = items.get(n);
            for (int k = it.k0; k <= it.k1; k++) {
                slabItems[k][fill[k]++] = n;
            }
        }
        int voxels = (int) grid.voxelCount();
        float[][] fractions = new float[channels.size()][voxels];
        float[] occupied = new float[voxels];
        IntStream slabs = IntStream.range(0, nz);
        if (parallel) {
            slabs = slabs.parallel();
        }
        slabs.forEach(k -> {
            for (int n : slabItems[k]) {
                fillSlab(items.get(n), k, grid, fractions, occupied);
            }
        });
        return new MaterialGrid(grid, channels, materials, fractions);
    }

    private void fillSlab(Item it, int k, GridSpec g, float[][] fractions, float[] occupied) {
        float[] out = fractions[it.channel];
        for (int j = it.j0; j <= it.j1; j++) {
            for (int i = it.i0; i <= it.i1; i++) {
                double f = fraction(it, i, j, k, g);
                if (f <= 0) {
                    continue;
                }
                int idx = g.index(i, j, k);
                float room = 1f - occupied[idx];
                if (room <= 0) {
                    continue;
                }
                float add = (float) Math.min(f, room);
                out[idx] += add;
                occupied[idx] += add;
            }
        }
    }

    private double fraction(Item it, int i, int j, int k, GridSpec g) {
        double hx = g.voxelX();
        double hy = g.voxelY();
        double hz = g.voxelZ();
        double x0 = g.origin().x() + i * hx;
        double y0 = g.origin().y() + j * hy;
        double z0 = g.origin().z() + k * hz;
        switch (it.kind) {
            case BOX: {
                BoundingBox b = it.box;
                return overlap(x0, hx, b.minX(), b.maxX()) * overlap(y0, hy, b.minY(), b.maxY())
                        * overlap(z0, hz, b.minZ(), b.maxZ());
            }
            case AXIAL_CYLINDER: {
                double[] lo = {x0, y0, z0};
                double[] h = {hx, hy, hz};
                int a = it.axis;
                int u = (a + 1) % 3;
                int v = (a + 2) % 3;
                double along = overlap(lo[a], h[a], it.centre[a] - it.halfLength, it.centre[a] + it.halfLength);
                if (along <= 0) {
                    return 0;
                }
                return along * circleCoverage(lo[u] - it.centre[u], h[u], lo[v] - it.centre[v], h[v], it.radius);
            }
            default: {
                double cx = x0 + hx / 2;
                double cy = y0 + hy / 2;
                double cz = z0 + hz / 2;
                double halfDiagonal = 0.5 * Math.sqrt(hx * hx + hy * hy + hz * hz);
                double d = it.body.signedDistance(cx, cy, cz);
                if (d >= halfDiagonal) {
                    return 0;
                }
                if (d <= -halfDiagonal) {
                    return 1;
                }
                int s = supersampling;
                int hits = 0;
                for (int c = 0; c < s; c++) {
                    double z = z0 + (c + 0.5) * hz / s;
                    for (int b = 0; b < s; b++) {
                        double y = y0 + (b + 0.5) * hy / s;
                        for (int a = 0; a < s; a++) {
                            if (it.body.contains(x0 + (a + 0.5) * hx / s, y, z)) {
                                hits++;
                            }
                        }
                    }
                }
                return hits / (double) (s * s * s);
            }
        }
    }

    /** Fraction of [lo, lo + h] covered by [a, b]. */
    private static double overlap(double lo, double h, double a, double b) {
        double w = Math.min(lo + h, b) - Math.max(lo, a);
        return w <= 0 ? 0 : Math.min(1, w / h);
    }

    /** Fraction of the rectangle [u0, u0 + hu] x [v0, v0 + hv] (relative to the circle centre) inside radius r. */
    private double circleCoverage(double u0, double hu, double v0, double hv, double r) {
        double cu = u0 + hu / 2;
        double cv = v0 + hv / 2;
        double dist = Math.sqrt(cu * cu + cv * cv);
        double half = 0.5 * Math.sqrt(hu * hu + hv * hv);
        if (dist + half <= r) {
            return 1;
        }
        if (dist - half >= r) {
            return 0;
        }
        int s = 4 * supersampling;
        int hits = 0;
        double r2 = r * r;
        for (int b = 0; b < s; b++) {
            double v = v0 + (b + 0.5) * hv / s;
            for (int a = 0; a < s; a++) {
                double u = u0 + (a + 0.5) * hu / s;
                if (u * u + v * v <= r2) {
                    hits++;
                }
            }
        }
        return hits / (double) (s * s);
    }

    private enum Kind { BOX, AXIAL_CYLINDER, GENERAL }

    /** One primitive with its precomputed index range and fast path. */
    private static final class Item {
        Body body;
        Kind kind;
        BoundingBox box;
        int axis;
        double[] centre;
        double radius;
        double halfLength;
        int channel;
        int priority;
        int i0;
        int i1;
        int j0;
        int j1;
        int k0;
        int k1;

        static Item of(Body leaf, int channel, int priority, GridSpec g) {
            BoundingBox b = leaf.boundingBox();
            BoundingBox gb = g.boundingBox();
            if (!b.intersects(gb)) {
                return null;
            }
            Item it = new Item();
            it.body = leaf;
            it.box = b;
            it.channel = channel;
            it.priority = priority;
            it.i0 = clamp((int) Math.floor((b.minX() - g.origin().x()) / g.voxelX()), g.nx());
            it.i1 = clamp((int) Math.floor((b.maxX() - g.origin().x()) / g.voxelX()), g.nx());
            it.j0 = clamp((int) Math.floor((b.minY() - g.origin().y()) / g.voxelY()), g.ny());
            it.j1 = clamp((int) Math.floor((b.maxY() - g.origin().y()) / g.voxelY()), g.ny());
            it.k0 = clamp((int) Math.floor((b.minZ() - g.origin().z()) / g.voxelZ()), g.nz());
            it.k1 = clamp((int) Math.floor((b.maxZ() - g.origin().z()) / g.voxelZ()), g.nz());
            it.kind = Kind.GENERAL;
            double tol = 1e-12;
            if (leaf instanceof Box && leaf.pose().isAxisAligned(tol)) {
                it.kind = Kind.BOX;
            } else if (leaf instanceof Disk || leaf instanceof Cylinder) {
                Vector3dc ax = leaf.axisDirection();
                double[] a = {Math.abs(ax.x()), Math.abs(ax.y()), Math.abs(ax.z())};
                for (int n = 0; n < 3; n++) {
                    if (Math.abs(a[n] - 1) < tol) {
                        it.kind = Kind.AXIAL_CYLINDER;
                        it.axis = n;
                        Vector3dc c = leaf.pose().position();
                        it.centre = new double[] {c.x(), c.y(), c.z()};
                        if (leaf instanceof Disk d) {
                            it.radius = d.radius();
                            it.halfLength = d.thickness() / 2;
                        } else {
                            Cylinder cy = (Cylinder) leaf;
                            it.radius = cy.radius();
                            it.halfLength = cy.length() / 2;
                        }
                    }
                }
            }
            return it;
        }

        private static int clamp(int v, int n) {
            return Math.max(0, Math.min(n - 1, v));
        }
    }
}
