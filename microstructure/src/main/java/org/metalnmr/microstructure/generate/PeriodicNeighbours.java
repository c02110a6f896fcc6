package org.metalnmr.microstructure.generate;

import java.util.Arrays;

/**
 * Points in a box that is periodic along x and y (edge L) and bounded along z, binned into cells of edge at least
 * the search radius, for the "is any placed point closer than r?" queries of the packing generators: each query
 * looks at the 27 cells around the point (lateral distances by the minimum image, so the lateral edge must be at least
 * twice the largest query radius). Not thread-safe.
 */
final class PeriodicNeighbours {

    private final double lateral;
    private final double z0;
    private final int cellsXY;
    private final int cellsZ;
    private final double cellXY;
    private final double cellZ;
    private final int[] head;
    private int[] next = new int[64];
    private double[] xyz = new double[3 * 64];
    private int count;

    /**
     * @param lateral box edge along x and y [m] (periodic)
     * @param z0      lowest z a point may have [m]
     * @param z1      highest z a point may have [m]
     * @param reach   the largest query radius [m]
     */
    PeriodicNeighbours(double lateral, double z0, double z1, double reach) {
        this.lateral = lateral;
        this.z0 = z0;
        int across = Math.min(1024, (int) Math.floor(lateral / reach));
        // fewer than 3 cells across: one cell (the 3 x 3 neighbourhood would visit a cell twice)
        this.cellsXY = across < 3 ? 1 : across;
        this.cellsZ = Math.max(1, Math.min(1024, (int) Math.floor((z1 - z0) / reach)));
        this.cellXY = lateral / cellsXY;
        this.cellZ = Math.max(reach, (z1 - z0) / cellsZ);
        this.head = new int[cellsXY * cellsXY * cellsZ];
        Arrays.fill(head, -1);
    }

    int size() {
        return count;
    }

    double x(int p) {
        return xyz[3 * p];
    }

    double y(int p) {
        return xyz[3 * p + 1];
    }

    double z(int p) {
        return xyz[3 * p + 2];
    }

    /** @return the lateral minimum-image difference a - b */
    double wrap(double d) {
        return d - lateral * Math.rint(d / lateral);
    }

    /** Adds a point (x, y wrapped into [0, L)). */
    void add(double x, double y, double z) {
        if (count == next.length) {
            next = Arrays.copyOf(next, 2 * count);
            xyz = Arrays.copyOf(xyz, 6 * count);
        }
        x = x - lateral * Math.floor(x / lateral);
        y = y - lateral * Math.floor(y / lateral);
        xyz[3 * count] = x;
        xyz[3 * count + 1] = y;
        xyz[3 * count + 2] = z;
        int c = cell(x, y, z);
        next[count] = head[c];
        head[c] = count;
        count++;
    }

    private int cell(double x, double y, double z) {
        int i = Math.min(cellsXY - 1, (int) (x / cellXY));
        int j = Math.min(cellsXY - 1, (int) (y / cellXY));
        int k = Math.max(0, Math.min(cellsZ - 1, (int) Math.floor((z - z0) / cellZ)));
        return i + cellsXY * (j + cellsXY * k);
    }

    /** Receives the placed points within the query radius. */
    interface Visitor {
        /**
         * @param p        the point's number
         * @param distance its distance from the query point [m]
         * @return false to stop the search
         */
        boolean visit(int p, double distance);
    }

    /**
     * Visits every placed point closer than radius (at most the reach given at construction) to (x, y, z), each once.
     *
     * @return false when the visitor stopped the search
     */
    boolean forEachWithin(double x, double y, double z, double radius, Visitor v) {
        x = x - lateral * Math.floor(x / lateral);
        y = y - lateral * Math.floor(y / lateral);
        int ci = Math.min(cellsXY - 1, (int) (x / cellXY));
        int cj = Math.min(cellsXY - 1, (int) (y / cellXY));
        int ck = Math.max(0, Math.min(cellsZ - 1, (int) Math.floor((z - z0) / cellZ)));
        int spanXY = cellsXY == 1 ? 0 : 1;
        double r2 = radius * radius;
        for (int dk = -1; dk <= 1; dk++) {
            int k = ck + dk;
            if (k < 0 || k >= cellsZ) {
                continue;
            }
            for (int dj = -spanXY; dj <= spanXY; dj++) {
                int j = Math.floorMod(cj + dj, cellsXY);
                for (int di = -spanXY; di <= spanXY; di++) {
                    int i = Math.floorMod(ci + di, cellsXY);
                    for (int p = head[i + cellsXY * (j + cellsXY * k)]; p >= 0; p = next[p]) {
                        double dx = wrap(x - xyz[3 * p]);
                        double dy = wrap(y - xyz[3 * p + 1]);
                        double dz = z - xyz[3 * p + 2];
                        double d2 = dx * dx + dy * dy + dz * dz;
                        if (d2 < r2 && !v.visit(p, Math.sqrt(d2))) {
                            return false;
                        }
                    }
                }
            }
        }
        return true;
    }
}
