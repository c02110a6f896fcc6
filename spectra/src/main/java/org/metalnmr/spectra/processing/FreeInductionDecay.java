package org.metalnmr.spectra.processing;

import java.util.Arrays;

import org.metalnmr.core.error.Checks;
import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InvalidInputException;

/**
 * A complex free induction decay as recorded: quadrature samples at a fixed dwell time, with the
 * group delay of the digital filter still in it.
 *
 * @param real                 in-phase samples
 * @param imag                 quadrature samples, same length, &gt;= 2
 * @param dwellSeconds         sampling interval \( \Delta t = 1/\mathrm{SW_h} \) [s]
 * @param groupDelayPoints     delay of the digital filter, in dwell times (may be fractional), &gt;= 0;
 *                             the true time origin is sample {@code groupDelayPoints}
 * @param carrierFrequencyHz   transmitter (carrier) frequency, SFO1 [Hz]
 */
public record FreeInductionDecay(double[] real, double[] imag, double dwellSeconds, double groupDelayPoints,
                                 double carrierFrequencyHz) {

    /** Validates and copies. */
    public FreeInductionDecay {
        if (real.length != imag.length || real.length < 2) {
            throw new InvalidInputException(CoreMessage.OUT_OF_RANGE, "FID length (real/imaginary " + real.length
                    + "/" + imag.length + ", must be equal)", 2, Integer.MAX_VALUE, "[complex points]", real.length);
        }
        Checks.positive("dwell time", "[s]", dwellSeconds);
        Checks.nonNegative("digital-filter group delay", "[points]", groupDelayPoints);
        Checks.positive("carrier frequency", "[Hz]", carrierFrequencyHz);
        real = real.clone();
        imag = imag.clone();
    }

    /** @return number of complex points */
    public int size() {
        return real.length;
    }

    /** @return spectral width \( 1/\Delta t \) [Hz] */
    public double spectralWidthHz() {
        return 1.0 / dwellSeconds;
    }

    @Override
    public double[] real() {
        return real.clone();
    }

    @Override
    public double[] imag() {
        return imag.clone();
    }

    /**
     * @param i sample index
     * @return the in-phase sample, without copying
     */
    public double realAt(int i) {
        return real[i];
    }

    /**
     * @param i sample index
     * @return the quadrature sample, without copying
     */
    public double imagAt(int i) {
        return imag[i];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FreeInductionDecay f && Arrays.equals(real, f.real) && Arrays.equals(imag, f.imag)
                && dwellSeconds == f.dwellSeconds && groupDelayPoints == f.groupDelayPoints
                && carrierFrequencyHz == f.carrierFrequencyHz;
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(real) + Double.hashCode(dwellSeconds);
    }

    @Override
    public String toString() {
        return "FreeInductionDecay[" + real.length + " points, dwell " + dwellSeconds + " s, group delay "
                + groupDelayPoints + " points, carrier " + carrierFrequencyHz + " Hz]";
    }
}
