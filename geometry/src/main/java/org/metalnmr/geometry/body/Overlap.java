package org.metalnmr.geometry.body;

/**
 * Estimates the volume two bodies share, to tell overlapping parts from touching ones.
 *
 * <p>Method: the common part of the two bounding boxes is sampled at the centres of an
 * n x n x n lattice of cells; a sample counts when it lies deeper than a tolerance inside both
 * bodies (signed distance below -tol, tol = 1e-9 of the larger box size, so that shared faces of
 * touching parts, where both distances are zero up to rounding, do not count). The estimate is the
 * count times the cell volume: its error is of the order of the surface of the shared region
 * times one cell size, so an overlap thinner than one cell of the common box may go unseen. The
 * common box adapts to the parts (a 20 um foil gives a 20 um thin box), which keeps thin overlaps
 * visible.</p>
 */
public final class Overlap {

    private Overlap() {
    }

    /**
     * @param a       one body
     * @param b       another body
     * @param samples lattice points per axis, &gt;= 2
     * @return estimated shared volume [m^3] (0 when the bounding boxes do not overlap)
     */
    public static double sharedVolume(Body a, Body b, int samples) {
        BoundingBox ba = a.boundingBox();
        BoundingBox bb = b.boundingBox();
        if (!ba.intersects(bb)) {
            return 0;
        }
        double tol = 1e-9 * Math.max(ba.maxSize(), bb.maxSize());
        BoundingBox c = ba.intersection(bb);
        if (c.sizeX() <= tol || c.sizeY() <= tol || c.sizeZ() <= tol) {
            return 0;
        }
        int n = Math.max(2, samples);
        double hx = c.sizeX() / n;
        double hy = c.sizeY() / n;
        double hz = c.sizeZ() / n;
        long count = 0;
        for (int k = 0; k < n; k++) {
            double z = c.minZ() + (k + 0.5) * hz;
            for (int j = 0; j < n; j++) {
                double y = c.minY() + (j + 0.5) * hy;
                for (int i = 0; i < n; i++) {
                    double x = c.minX() + (i + 0.5) * hx;
                    if (a.contains(x, y, z) && b.contains(x, y, z)
                            && a.signedDistance(x, y, z) < -tol && b.signedDistance(x, y, z) < -tol) {
                        count++;
                    }
                }
            }
        }
        return count * hx * hy * hz;
    }
}
