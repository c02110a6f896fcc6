package org.metalnmr.rf.porous;

import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.rf.RfMessage;

/** Range checks for packing fractions and percolation thresholds. */
final class PackingFractions {

    private PackingFractions() {
    }

    static double requirePackingFraction(double p) {
        if (!(p > 0 && p <= 1)) {
            throw new InvalidInputException(RfMessage.PACKING_FRACTION, p);
        }
        return p;
    }

    static double requireThreshold(double pc) {
        if (!(pc > 0 && pc < 1)) {
            throw new InvalidInputException(RfMessage.PERCOLATION_THRESHOLD, pc);
        }
        return pc;
    }
}
