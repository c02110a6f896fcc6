package org.metalnmr.susceptibility.shift;

import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.susceptibility.SusceptibilityMessage;

/**
 * Unit vectors (lab frame) with weights summing to 1: a quadrature of an orientation distribution.
 *
 * @param x      x components (copied)
 * @param y      y components (copied)
 * @param z      z components (along B0) (copied)
 * @param weight weights (copied)
 */
public record WeightedDirections(double[] x, double[] y, double[] z, double[] weight) {

    /** Copies and checks lengths. */
    public WeightedDirections {
        if (y.length != x.length || z.length != x.length || weight.length != x.length) {
            throw new InvalidInputException(SusceptibilityMessage.DIRECTION_LENGTHS, x.length, y.length, z.length, weight.length);
        }
        x = x.clone();
        y = y.clone();
        z = z.clone();
        weight = weight.clone();
    }

    /** @return number of directions */
    public int size() {
        return x.length;
    }

    /**
     * @param i index
     * @return z component (cosine of the angle to B0) of direction i
     */
    public double cosToB0(int i) {
        return z[i];
    }

    /**
     * @param i index
     * @return weight of direction i
     */
    public double weightAt(int i) {
        return weight[i];
    }
}
