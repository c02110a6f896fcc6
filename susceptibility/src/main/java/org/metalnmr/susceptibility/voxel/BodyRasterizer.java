package org.metalnmr.susceptibility.voxel;

import org.joml.Matrix3d;
import org.joml.Quaterniond;
import org.joml.Quaterniondc;
import org.joml.Vector3d;
import org.joml.Vector3dc;
import org.metalnmr.core.error.Checks;
import org.metalnmr.core.error.InvalidInputException;

/**
 * Volume fractions of one convex body (ellipsoid, rectangular prism or circular cylinder) on a voxel
 * grid, for building {@link ChiGrid}s of single bodies and packings in tests, benchmarks and the
 * {@code field} command. (The general scene voxeliser belongs to the geometry module; this one is
 * the small, self-contained rasteriser the field solver's checks need.)
 *
 * <p>Method: voxels whose eight corners are all inside the body get fraction 1 (exact for convex
 * bodies) and are flagged as fully inside; voxels outside the body's lab-frame bounding box get 0; the
 * others get the fraction of s^3 sub-voxel centres inside (error of order 1/s^2 per boundary voxel for
 * a smooth surface, averaging out over many voxels). The voxel (i, j, k) spans
 * [i dx, (i+1) dx) x ... in the grid frame.</p>
 */
public final class BodyRasterizer {

    /** Shapes the rasteriser knows. */
    public enum Shape {
        /** Ellipsoid with semi-axes (a, b, c) = half-extents. */
        ELLIPSOID,
        /** Rectangular prism with half-edges (a, b, c). */
        PRISM,
        /** Circular cylinder, radius a (= b), half-length c along body z. */
        CYLINDER
    }

    /**
     * A convex body placed in the grid frame.
     *
     * @param shape       the shape
     * @param halfExtents body-frame half-extents (a, b, c) [m] (see {@link Shape}); copied
     * @param orientation body-to-grid rotation; copied
     * @param centre      centre in the grid frame [m]; copied
     */
    public record Body(Shape shape, Vector3dc halfExtents, Quaterniondc orientation, Vector3dc centre) {

        /** Validates and copies. */
        public Body {
            java.util.Objects.requireNonNull(shape, "shape");
            Checks.positive("half-extent a", "[m]", halfExtents.x());
            Checks.positive("half-extent b", "[m]", halfExtents.y());
            Checks.positive("half-extent c", "[m]", halfExtents.z());
            if (shape == Shape.CYLINDER && halfExtents.x() != halfExtents.y()) {
                throw new InvalidInputException(org.metalnmr.core.error.CoreMessage.NOT_ONE_OF,
                        "cylinder half-extents (a, b, c)", "a = b (circular cross-section)", halfExtents.toString());
            }
            halfExtents = new Vector3d(halfExtents);
            orientation = new Quaterniond(orientation);
            centre = new Vector3d(centre);
        }

        /** @return the largest distance between two points of the body [m] */
        public double diameter() {
            double a = halfExtents.x();
            double b = halfExtents.y();
            double c = halfExtents.z();
            return switch (shape) {
                case ELLIPSOID -> 2 * Math.max(a, Math.max(b, c));
                case PRISM -> 2 * Math.sqrt(a * a + b * b + c * c);
                case CYLINDER -> 2 * Math.sqrt(a * a + c * c);
            };
        }

        /**
         * @param x body-frame x [m]
         * @param y body-frame y [m]
         * @param z body-frame z [m]
         * @return whether the point is inside (boundary included)
         */
        public boolean containsBodyPoint(double x, double y, double z) {
            double a = halfExtents.x();
            double b = halfExtents.y();
            double c = halfExtents.z();
            return switch (shape) {
                case ELLIPSOID -> (x / a) * (x / a) + (y / b) * (y / b) + (z / c) * (z / c) <= 1;
                case PRISM -> Math.abs(x) <= a && Math.abs(y) <= b && Math.abs(z) <= c;
                case CYLINDER -> x * x + y * y <= a * a && Math.abs(z) <= c;
            };
        }
    }

    /**
     * Volume fractions and the "fully inside" flags.
     *
     * @param fraction    fraction of each voxel inside the body, index {@code i + nx (j + ny k)}
     * @param fullyInside whether the whole voxel is inside
     */
    public record VolumeFractions(double[] fraction, boolean[] fullyInside) {
    }

    private BodyRasterizer() {
    }

    /**
     * @param body         the body
     * @param nx           voxels along x
     * @param ny           voxels along y
     * @param nz           voxels along z
     * @param dx           voxel size along x [m]
     * @param dy           voxel size along y [m]
     * @param dz           voxel size along z [m]
     * @param supersampling sub-voxels per axis for boundary voxels, 1..16
     * @return the volume fractions
     */
    public static VolumeFractions rasterize(Body body, int nx, int ny, int nz, double dx, double dy, double dz, int supersampling) {
        Checks.inRange("supersampling", "[sub-voxels per axis]", 1, 16, supersampling);
        double[] frac = new double[Math.multiplyExact(Math.multiplyExact(nx, ny), nz)];
        boolean[] full = new boolean[frac.length];
        addTo(body, nx, ny, nz, dx, dy, dz, supersampling, frac, full);
        return new VolumeFractions(frac, full);
    }

    /**
     * Adds a body's volume fractions to existing arrays (fractions are summed and capped at 1; used
     * for packings of non-overlapping bodies).
     *
     * @param body          the body
     * @param nx            voxels along x
     * @param ny            voxels along y
     * @param nz            voxels along z
     * @param dx            voxel size along x [m]
     * @param dy            voxel size along y [m]
     * @param dz            voxel size along z [m]
     * @param supersampling sub-voxels per axis for boundary voxels
     * @param frac          fractions to add to
     * @param full          fully-inside flags to set (may be null)
     */
    public static void addTo(Body body, int nx, int ny, int nz, double dx, double dy, double dz, int supersampling,
                             double[] frac, boolean[] full) {
        Matrix3d r = new Matrix3d().rotation(body.orientation());
        Matrix3d rt = new Matrix3d(r).transpose();
        Vector3dc h = body.halfExtents();
        Vector3dc c = body.centre();
        double[] ext = new double[3];
        for (int i = 0; i < 3; i++) {
            ext[i] = Math.abs(r.get(0, i)) * h.x() + Math.abs(r.get(1, i)) * h.y() + Math.abs(r.get(2, i)) * h.z();
        }
        // JOML get(column, row): r.get(j, i) is row i, column j
        int i0 = Math.max(0, (int) Math.floor((c.x() - ext[0]) / dx));
        int i1 = Math.min(nx - 1, (int) Math.floor((c.x() + ext[0]) / dx));
        int j0 = Math.max(0, (int) Math.floor((c.y() - ext[1]) / dy));
        int j1 = Math.min(ny - 1, (int) Math.floor((c.y() + ext[1]) / dy));
        int k0 = Math.max(0, (int) Math.floor((c.z() - ext[2]) / dz));
        int k1 = Math.min(nz - 1, (int) Math.floor((c.z() + ext[2]) / dz));
        Vector3d p = new Vector3d();
        int s = supersampling;
        for (int k = k0; k <= k1; k++) {
            for (int j = j0; j <= j1; j++) {
                for (int i = i0; i <= i1; i++) {
                    int inside = 0;
                    for (int corner = 0; corner < 8; corner++) {
                        p.set((i + (corner & 1)) * dx - c.x(), (j + ((corner >> 1) & 1)) * dy - c.y(), (k + ((corner >> 2) & 1)) * dz - c.z());
                        rt.transform(p);
                        if (body.containsBodyPoint(p.x, p.y, p.z)) {
                            inside++;
                        }
                    }
                    int idx = i + nx * (j + ny * k);
                    double f;
                    if (inside == 8) {
                        f = 1;
                        if (full != null) {
                            full[idx] = true;
                        }
                    } else {
                        int hits = 0;
                        for (int a = 0; a < s; a++) {
                            for (int b = 0; b < s; b++) {
                                for (int e = 0; e < s; e++) {
                                    p.set((i + (e + 0.5) / s) * dx - c.x(), (j + (b + 0.5) / s) * dy - c.y(), (k + (a + 0.5) / s) * dz - c.z());
                                    rt.transform(p);
                                    if (body.containsBodyPoint(p.x, p.y, p.z)) {
                                        hits++;
                                    }
                                }
                            }
                        }
                        f = hits / (double) (s * s * s);
                    }
                    frac[idx] = Math.min(1, frac[idx] + f);
                }
            }
        }
    }
}
