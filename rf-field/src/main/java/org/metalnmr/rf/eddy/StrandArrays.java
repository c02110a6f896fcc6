package org.metalnmr.rf.eddy;

import java.util.Arrays;
import java.util.Random;
import org.metalnmr.core.error.Checks;
import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.MetalNmrException;

/**
 * Random 2D arrays of parallel strands (disks of diameter s in the cross-section) filling a
 * rectangle, the explicit counterpart of the effective-medium model of porous deposits:
 * <ul>
 * <li>{@link #overlapping}: a Boolean model (independent uniform centres, disks may overlap), grown
 * until the covered area fraction reaches p; its disks form a connected network above the
 * continuum percolation threshold of overlapping disks, p_c = 0.676 (Quintanilla, Torquato &amp;
 * Ziff, J. Phys. A 33, L399, 2000);</li>
 * <li>{@link #isolated}: random sequential addition of disks that keep a gap g to each other, so
 * no two touch (the jamming limit of this process is about 0.547 of the area for g = 0).</li>
 * </ul>
 * Centres are drawn in the rectangle extended by s/2 on every side, so that the fraction is uniform
 * up to the edges. Fixed seeds make the arrays reproducible.
 */
public final class StrandArrays {

    private StrandArrays() {
    }

    /**
     * @param x0       rectangle lower x [m]
     * @param y0       rectangle lower y [m]
     * @param x1       rectangle upper x [m]
     * @param y1       rectangle upper y [m]
     * @param diameter strand diameter s [m]
     * @param fraction target covered area fraction p in (0, 0.99]
     * @param seed     random seed
     * @return the strands, clipped to the rectangle
     */
    public static CrossSection overlapping(double x0, double y0, double x1, double y1, double diameter, double fraction,
                                           long seed) {
        Checks.positive("diameter", "[m]", diameter);
        Checks.inRange("packing fraction", "[1]", 1e-3, 0.99, fraction);
        double r = diameter / 2;
        // Boolean model: p = 1 - exp(-n pi r^2 / A) for centres of density n / A
        double area = (x1 - x0 + diameter) * (y1 - y0 + diameter);
        int n = (int) Math.round(-Math.log(1 - fraction) * area / (Math.PI * r * r));
        Random rnd = new Random(seed);
        double[] cx = new double[n];
        double[] cy = new double[n];
        for (int k = 0; k < n; k++) {
            cx[k] = x0 - r + (x1 - x0 + diameter) * rnd.nextDouble();
            cy[k] = y0 - r + (y1 - y0 + diameter) * rnd.nextDouble();
        }
        return clipped(new CircleArraySection(cx, cy, r), x0, y0, x1, y1);
    }

    /**
     * @param x0       rectangle lower x [m]
     * @param y0       rectangle lower y [m]
     * @param x1       rectangle upper x [m]
     * @param y1       rectangle upper y [m]
     * @param diameter strand diameter s [m]
     * @param gap      smallest surface-to-surface distance g between strands [m]
     * @param fraction target area fraction p (of the strands, before clipping), below the jamming limit
     * @param seed     random seed
     * @return the strands, clipped to the rectangle
     * @throws MetalNmrException when the fraction cannot be reached (jamming)
     */
    public static CrossSection isolated(double x0, double y0, double x1, double y1, double diameter, double gap,
                                        double fraction, long seed) {
        Checks.positive("diameter", "[m]", diameter);
        Checks.nonNegative("gap", "[m]", gap);
        Checks.inRange("packing fraction", "[1]", 1e-3, 0.5, fraction);
        double r = diameter / 2;
        double area = (x1 - x0 + diameter) * (y1 - y0 + diameter);
        int target = (int) Math.round(fraction * area / (Math.PI * r * r));
        Random rnd = new Random(seed);
        double[] cx = new double[target];
        double[] cy = new double[target];
        double min2 = (diameter + gap) * (diameter + gap);
        int placed = 0;
        long attempts = 0;
        while (placed < target) {
            if (++attempts > 2000L * target) {
                throw new MetalNmrException(CoreMessage.OUT_OF_RANGE, "reachable packing fraction of isolated strands",
                        0, (double) placed * Math.PI * r * r / area, "[1]", fraction);
            }
            double x = x0 - r + (x1 - x0 + diameter) * rnd.nextDouble();
            double y = y0 - r + (y1 - y0 + diameter) * rnd.nextDouble();
            boolean ok = true;
            for (int k = 0; k < placed && ok; k++) {
                double dx = x - cx[k];
                double dy = y - cy[k];
                ok = dx * dx + dy * dy >= min2;
            }
            if (ok) {
                cx[placed] = x;
                cy[placed] = y;
                placed++;
            }
        }
        return clipped(new CircleArraySection(Arrays.copyOf(cx, placed), Arrays.copyOf(cy, placed), r), x0, y0, x1, y1);
    }

    private static CrossSection clipped(CircleArraySection s, double x0, double y0, double x1, double y1) {
        RectangleSection box = new RectangleSection(x0, y0, x1, y1);
        return new CrossSection() {
            @Override
            public boolean contains(double x, double y) {
                return box.contains(x, y) && s.contains(x, y);
            }

            @Override
            public double[] bounds() {
                return box.bounds();
            }
        };
    }
}
