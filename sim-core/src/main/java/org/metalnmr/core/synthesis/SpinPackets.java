package org.metalnmr.core.synthesis;

import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InvalidInputException;

/**
 * Spin packets of one population: packet k resonates at {@code shiftPpm[k]} with the complex
 * weight {@code weightRe[k] + i weightIm[k]} (number of nuclei times the complex RF reception
 * factor, arbitrary but common units). Arrays are validated (finite) and copied on entry; the
 * accessors return copies.
 *
 * @param shiftPpm packet shifts [ppm]
 * @param weightRe real parts of the weights
 * @param weightIm imaginary parts of the weights
 */
public record SpinPackets(double[] shiftPpm, double[] weightRe, double[] weightIm) {

    /** Validates and copies. */
    public SpinPackets {
        if (weightRe.length != shiftPpm.length) {
            throw new InvalidInputException(CoreMessage.LENGTH_MISMATCH, "weightRe", weightRe.length, "shiftPpm", shiftPpm.length);
        }
        if (weightIm.length != shiftPpm.length) {
            throw new InvalidInputException(CoreMessage.LENGTH_MISMATCH, "weightIm", weightIm.length, "shiftPpm", shiftPpm.length);
        }
        shiftPpm = shiftPpm.clone();
        weightRe = weightRe.clone();
        weightIm = weightIm.clone();
        for (int k = 0; k < shiftPpm.length; k++) {
            if (!Double.isFinite(shiftPpm[k] + weightRe[k] + weightIm[k])) {
                throw new InvalidInputException(CoreMessage.NOT_FINITE, "spin packet " + k + " (shift, weight re, weight im)",
                        shiftPpm[k] + ", " + weightRe[k] + ", " + weightIm[k]);
            }
        }
    }

    /**
     * Packets with real weights.
     *
     * @param shiftPpm shifts [ppm]
     * @param weight   real weights
     * @return the packets
     */
    public static SpinPackets real(double[] shiftPpm, double[] weight) {
        return new SpinPackets(shiftPpm, weight, new double[weight.length]);
    }

    /** @return number of packets */
    public int size() {
        return shiftPpm.length;
    }

    @Override
    public double[] shiftPpm() {
        return shiftPpm.clone();
    }

    @Override
    public double[] weightRe() {
        return weightRe.clone();
    }

    @Override
    public double[] weightIm() {
        return weightIm.clone();
    }

    /** @return sum of the real parts of the weights */
    public double totalWeightRe() {
        double s = 0;
        for (double w : weightRe) {
            s += w;
        }
        return s;
    }

    /** @return sum of the imaginary parts of the weights */
    public double totalWeightIm() {
        double s = 0;
        for (double w : weightIm) {
            s += w;
        }
        return s;
    }

    /** Package access to the arrays without copying (the deposit loop). */
    double[] shiftsUnsafe() {
        return shiftPpm;
    }

    double[] weightsReUnsafe() {
        return weightRe;
    }

    double[] weightsImUnsafe() {
        return weightIm;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SpinPackets p && java.util.Arrays.equals(shiftPpm, p.shiftPpm)
                && java.util.Arrays.equals(weightRe, p.weightRe) && java.util.Arrays.equals(weightIm, p.weightIm);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(shiftPpm) * 31 + java.util.Arrays.hashCode(weightRe);
    }

    @Override
    public String toString() {
        return "SpinPackets[" + shiftPpm.length + " packets]";
    }
}
