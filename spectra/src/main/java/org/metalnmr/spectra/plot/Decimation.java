package org.metalnmr.spectra.plot;

import java.util.Arrays;
import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InvalidInputException;

/**
 * Min/max decimation of a polyline for drawing: of every run of consecutive points that fall into the same pixel
 * column, only the first, the lowest, the highest and the last are kept (in their original order). A line through
 * the kept points covers, in every pixel column, exactly the vertical extent of the line through all points, and
 * joins neighbouring columns at the same points, so the drawing looks the same while a spectrum of 10<sup>5</sup>
 * points becomes at most four points per column. Points with a non-finite coordinate (line breaks) are always
 * kept. The data themselves are not changed; only what is drawn.
 */
public final class Decimation {

    private Decimation() {
    }

    /**
     * @param column position of each point in pixel columns (the column is its floor); NaN for a point not drawn
     * @param y      the drawn ordinate of each point (pixels or data: any monotonic map of it keeps the same points)
     * @return the indices of the kept points, ascending
     */
    public static int[] keep(double[] column, double[] y) {
        int n = column.length;
        if (y.length != n) {
            throw new InvalidInputException(CoreMessage.LENGTH_MISMATCH, "column", n, "y", y.length);
        }
        int[] out = new int[n];
        int m = 0;
        int i = 0;
        while (i < n) {
            if (!Double.isFinite(column[i]) || !Double.isFinite(y[i])) {
                out[m++] = i++;
                continue;
            }
            double c = Math.floor(column[i]);
            int start = i;
            int lo = i;
            int hi = i;
            int j = i + 1;
            while (j < n && Double.isFinite(column[j]) && Double.isFinite(y[j]) && Math.floor(column[j]) == c) {
                if (y[j] < y[lo]) {
                    lo = j;
                }
                if (y[j] > y[hi]) {
                    hi = j;
                }
                j++;
            }
            int end = j - 1;
            int[] run = {start, Math.min(lo, hi), Math.max(lo, hi), end};
            int last = -1;
            for (int k : run) {
                if (k != last) {
                    out[m++] = k;
                    last = k;
                }
            }
            i = j;
        }
        return Arrays.copyOf(out, m);
    }
}
