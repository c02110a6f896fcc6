package org.metalnmr.geometry.deposit;

import java.util.SplittableRandom;

import org.joml.Vector3d;

/** Every direction along the normal: cos(theta) = 1. */
public record AlignedOrientation() implements OrientationDistribution {

    @Override
    public Vector3d sample(SplittableRandom rng, Vector3d dest) {
        return dest.set(0, 0, 1);
    }

    /** @return NaN: no spread, no quantile */
    @Override
    public double cdfCosine(double c) {
        return Double.NaN;
    }

    @Override
    public double meanCosine() {
        return 1;
    }

    @Override
    public double meanCosineSquared() {
        return 1;
    }
}
