package org.metalnmr.microstructure.io;

import java.util.Arrays;

import org.metalnmr.core.error.Checks;
import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InvalidInputException;

/**
 * How a voxel's value becomes metal or not: non-zero (a binary mask), at or above a grey threshold, or one
 * of a set of labels (a labelled segmentation).
 *
 * @param threshold grey threshold (metal when value &gt;= threshold), or NaN when not thresholding
 * @param labels    labels that are metal (empty when not labelled)
 */
public record Segmentation(double threshold, long[] labels) {

    /** Validates and copies. */
    public Segmentation {
        labels = labels.clone();
        Arrays.sort(labels);
        if (!Double.isNaN(threshold) && labels.length > 0) {
            throw new InvalidInputException(CoreMessage.NOT_ONE_OF, "segmentation", "a threshold or labels, not both",
                    "threshold " + threshold + " and " + labels.length + " labels");
        }
        if (!Double.isNaN(threshold)) {
            Checks.finite("threshold", threshold);
        }
    }

    /** @return metal where the value is non-zero */
    public static Segmentation nonZero() {
        return new Segmentation(Double.NaN, new long[0]);
    }

    /**
     * @param t the grey threshold
     * @return metal where value &gt;= t
     */
    public static Segmentation threshold(double t) {
        return new Segmentation(t, new long[0]);
    }

    /**
     * @param metalLabels the labels that are metal (at least one)
     * @return metal where the value is one of them
     */
    public static Segmentation labels(long... metalLabels) {
        if (metalLabels.length == 0) {
            throw new InvalidInputException(CoreMessage.NOT_ONE_OF, "metal labels", "at least one label", "none");
        }
        return new Segmentation(Double.NaN, metalLabels);
    }

    @Override
    public long[] labels() {
        return labels.clone();
    }

    /**
     * @param value a voxel's value
     * @return whether it is metal
     */
    public boolean isMetal(double value) {
        if (!Double.isNaN(threshold)) {
            return value >= threshold;
        }
        if (labels.length > 0) {
            return value == Math.rint(value) && Arrays.binarySearch(labels, (long) value) >= 0;
        }
        return value != 0;
    }
}
