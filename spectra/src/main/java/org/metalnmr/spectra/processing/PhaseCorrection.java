package org.metalnmr.spectra.processing;

import java.util.Objects;

import org.metalnmr.core.error.Checks;

/**
 * How the phase of a spectrum is chosen (applied by {@link PhaseCorrector}). The phase applied at
 * point i of N is \( \varphi_i = \varphi_0 + \varphi_1 (i - N/2)/N \): \( \varphi_1 \) is the change
 * across the whole width, pivot at the centre point N/2 (the carrier of Bruker data, as in
 * {@link FidProcessor}). Both orders turn the spectrum in TopSpin's sense, for processed and raw data alike.
 *
 * @param mode    how the phase is found
 * @param phc0Deg zero-order phase [deg] for {@link Mode#MANUAL}; ignored otherwise
 * @param phc1Deg first-order phase [deg] for {@link Mode#MANUAL}, {@link Mode#AUTOMATIC_ZERO_ORDER} and
 *                {@link Mode#REGION} (applied as given while the zero order is found); ignored otherwise
 * @param region  the window of the line to put in absorption, for {@link Mode#REGION}; null otherwise
 */
public record PhaseCorrection(Mode mode, double phc0Deg, double phc1Deg, PpmWindow region) {

    /** The phase of the data as read: TopSpin's for processed data, none for raw data. */
    public static final PhaseCorrection AS_READ = new PhaseCorrection(Mode.AS_READ, 0, 0, null);

    /** How the phase is found. */
    public enum Mode {
        /** Unchanged: processed data keep the phase they were saved with; raw data are not phased. */
        AS_READ,
        /**
         * TopSpin's phase (procs PHC0, PHC1): processed data as read; raw data phased with PHC0/PHC1
         * converted by {@link PhaseCorrector#fromTopSpin}.
         */
        PROCS,
        /** The given zero- and first-order phase, added to the data as read. */
        MANUAL,
        /** ACME, zero and first order (see {@link PhaseCorrector#automatic}). */
        AUTOMATIC,
        /** ACME, zero order only, the first order as given. */
        AUTOMATIC_ZERO_ORDER,
        /** Zero order that puts the line in a window in pure absorption (see {@link PhaseCorrector#region}). */
        REGION
    }

    /** Validates. */
    public PhaseCorrection {
        Objects.requireNonNull(mode, "mode");
        Checks.finite("zero-order phase [deg]", phc0Deg);
        Checks.finite("first-order phase [deg]", phc1Deg);
        if (mode == Mode.REGION) {
            Objects.requireNonNull(region, "region");
        }
    }

    /**
     * @param phc0Deg zero-order phase [deg]
     * @param phc1Deg first-order phase across the width [deg]
     * @return a manual phase
     */
    public static PhaseCorrection manual(double phc0Deg, double phc1Deg) {
        return new PhaseCorrection(Mode.MANUAL, phc0Deg, phc1Deg, null);
    }

    /** @return ACME phasing of zero and first order */
    public static PhaseCorrection automatic() {
        return new PhaseCorrection(Mode.AUTOMATIC, 0, 0, null);
    }

    /**
     * @param phc1Deg first-order phase kept [deg]
     * @return ACME phasing of the zero order
     */
    public static PhaseCorrection automaticZeroOrder(double phc1Deg) {
        return new PhaseCorrection(Mode.AUTOMATIC_ZERO_ORDER, 0, phc1Deg, null);
    }

    /**
     * @param window  the line to phase on, e.g. the electrolyte near 0 ppm
     * @param phc1Deg first-order phase kept [deg]
     * @return phasing on that line
     */
    public static PhaseCorrection region(PpmWindow window, double phc1Deg) {
        return new PhaseCorrection(Mode.REGION, 0, phc1Deg, window);
    }

    /** @return TopSpin's phase */
    public static PhaseCorrection procs() {
        return new PhaseCorrection(Mode.PROCS, 0, 0, null);
    }
}
