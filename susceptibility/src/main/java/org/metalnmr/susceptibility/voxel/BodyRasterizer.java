package org.metalnmr.susceptibility.voxel;

import java.util.List;

import org.joml.Quaterniond;
import org.joml.Quaterniondc;
import org.joml.Vector3d;
import org.joml.Vector3dc;
import org.metalnmr.core.error.Checks;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.geometry.body.Box;
import org.metalnmr.geometry.body.Cylinder;
import org.metalnmr.geometry.body.Ellipsoid;
import org.metalnmr.geometry.body.Pose;
import org.metalnmr.geometry.voxel.GridSpec;
import org.metalnmr.geometry.voxel.MaterialGrid;
import org.metalnmr.geometry.voxel.Voxelizer;

/**
 * Volume fractions of one convex body (ellipsoid, rectangular prism or circular cylinder) on a voxel
 * grid, for building {@link ChiGrid}s of single bodies in tests, benchmarks and the {@code field} command: a
 * thin adapter over geometry's scene voxeliser, {@link Voxelizer} (one voxelisation in the project; this class keeps
 * the shape names and the "fully inside" flags its callers use).
 *
 * <p>Method: the body becomes geometry's {@link Ellipsoid}, {@link Box} or {@link Cylinder} at the given pose, and
 * {@link Voxelizer} computes the fractions on a {@link GridSpec} with origin 0 (voxel (i, j, k) spans
 * [i dx, (i+1) dx) x ..., index {@code i + nx (j + ny k)}) with s sub-samples per axis: exact for an axis-aligned
 * prism, exact along the axis of an axis-aligned cylinder (sampled on a 4s x 4s lattice across it), and otherwise 0 or
 * 1 where the signed distance at the voxel centre exceeds half the diagonal, else the fraction of the s^3 sub-voxel
 * centres inside (the same points the rasteriser sampled before it gave way to the voxeliser: for ellipsoids and
 * tilted bodies the fractions are unchanged). A voxel is flagged fully inside when its eight corners are inside
 * (exact for convex bodies).</p>
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
     * @param body          the body
     * @param nx            voxels along x
     * @param ny            voxels along y
     * @param nz            voxels along z
     * @param dx            voxel size along x [m]
     * @param dy            voxel size along y [m]
     * @param dz            voxel size along z [m]
     * @param supersampling sub-voxels per axis for boundary voxels, 1..16
     * @return the volume fractions
     * @throws InvalidInputException when the grid would not fit in memory (geometry's check, before allocating)
     */
    public static VolumeFractions rasterize(Body body, int nx, int ny, int nz, double dx, double dy, double dz, int supersampling) {
        Checks.inRange("supersampling", "[sub-voxels per axis]", 1, 16, supersampling);
        GridSpec grid = new GridSpec(new Vector3d(), dx, dy, dz, nx, ny, nz);
        org.metalnmr.geometry.body.Body shape = geometryBody(body);
        MaterialGrid fractions = Voxelizer.defaults().withSupersampling(supersampling).voxelize(List.of(shape), grid);
        float[] f = fractions.copyOf(shape.material());
        double[] frac = new double[f.length];
        boolean[] full = new boolean[f.length];
        for (int k = 0; k < nz; k++) {
            for (int j = 0; j < ny; j++) {
                for (int i = 0; i < nx; i++) {
                    int idx = grid.index(i, j, k);
                    frac[idx] = f[idx];
                    full[idx] = f[idx] == 1f && cornersInside(shape, i * dx, j * dy, k * dz, dx, dy, dz);
                }
            }
        }
        return new VolumeFractions(frac, full);
    }

    private static boolean cornersInside(org.metalnmr.geometry.body.Body shape, double x0, double y0, double z0,
                                         double dx, double dy, double dz) {
        for (int corner = 0; corner < 8; corner++) {
            if (!shape.contains(x0 + (corner & 1) * dx, y0 + ((corner >> 1) & 1) * dy, z0 + ((corner >> 2) & 1) * dz)) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param body a body of this rasteriser
     * @return the same body as geometry's shape (material name "body"), centred and oriented as given
     */
    public static org.metalnmr.geometry.body.Body geometryBody(Body body) {
        Vector3dc h = body.halfExtents();
        Pose pose = new Pose(body.centre(), body.orientation());
        return switch (body.shape()) {
            case ELLIPSOID -> new Ellipsoid(MATERIAL, h.x(), h.y(), h.z(), pose);
            case PRISM -> new Box(MATERIAL, 2 * h.x(), 2 * h.y(), 2 * h.z(), pose);
            case CYLINDER -> new Cylinder(MATERIAL, h.x(), 2 * h.z(), pose);
        };
    }

    private static final String MATERIAL = "body";
}
