package org.metalnmr.susceptibility.shift;

import org.metalnmr.core.error.Checks;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.susceptibility.SusceptibilityMessage;

/**
 * A distribution of line positions as weighted spin packets: packet i sits at shiftPpm[i] and holds
 * the fraction weight[i] of the population (weights sum to 1). The forward model turns each packet
 * into a line; {@link #histogram} bins them.
 *
 * @param shiftPpm packet shifts [ppm] (copied)
 * @param weight   packet weights, &ge; 0, summing to 1 (copied)
 */
public record ShiftDistribution(double[] shiftPpm, double[] weight) {

    /** Validates and copies. */
    public ShiftDistribution {
        if (shiftPpm.length != weight.length) {
            throw new InvalidInputException(SusceptibilityMessage.LENGTH_MISMATCH, "shiftPpm", "weight", shiftPpm.length, weight.length);
        }
        shiftPpm = shiftPpm.clone();
        weight = weight.clone();
        double sum = 0;
        for (int i = 0; i < weight.length; i++) {
            Checks.finite("packet shift [ppm]", shiftPpm[i]);
            sum += Checks.nonNegative("packet weight", "[1]", weight[i]);
        }
        Checks.inRange("sum of packet weights", "[1]", 1 - 1e-9, 1 + 1e-9, sum);
    }

    /** @return a copy of the shifts [ppm] */
    @Override
    public double[] shiftPpm() {
        return shiftPpm.clone();
    }

    /** @return a copy of the weights */
    @Override
    public double[] weight() {
        return weight.clone();
    }

    /** @return number of packets */
    public int size() {
        return shiftPpm.length;
    }

    /** @return the weighted mean shift [ppm] */
    public double meanPpm() {
        double m = 0;
        for (int i = 0; i < shiftPpm.length; i++) {
            m += weight[i] * shiftPpm[i];
        }
        return m;
    }

    /** @return the weighted standard deviation of the shift [ppm] */
    public double stdPpm() {
        double m = meanPpm();
        double v = 0;
        for (int i = 0; i < shiftPpm.length; i++) {
            v += weight[i] * (shiftPpm[i] - m) * (shiftPpm[i] - m);
        }
        return Math.sqrt(v);
    }

    /**
     * @param s a shift [ppm]
     * @return the weight of the packets at or below s
     */
    public double cumulativeWeight(double s) {
        double c = 0;
        for (int i = 0; i < shiftPpm.length; i++) {
            if (shiftPpm[i] <= s) {
                c += weight[i];
            }
        }
        return c;
    }

    /**
     * @param loPpm lower edge [ppm]
     * @param hiPpm upper edge [ppm], &gt; loPpm
     * @param bins  number of bins &ge; 1
     * @return the weight in each bin [lo + i w, lo + (i+1) w) (packets outside are dropped)
     */
    public double[] histogram(double loPpm, double hiPpm, int bins) {
        Checks.finite("histogram lower edge [ppm]", loPpm);
        Checks.positive("histogram width [ppm]", "[ppm]", hiPpm - loPpm);
        Checks.inRange("bins", "[count]", 1, 1e8, bins);
        double[] h = new double[bins];
        double w = (hiPpm - loPpm) / bins;
        for (int i = 0; i < shiftPpm.length; i++) {
            int b = (int) Math.floor((shiftPpm[i] - loPpm) / w);
            if (b >= 0 && b < bins) {
                h[b] += weight[i];
            }
        }
        return h;
    }
}
