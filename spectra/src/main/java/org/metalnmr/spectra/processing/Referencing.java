package org.metalnmr.spectra.processing;

import java.util.Objects;

import org.metalnmr.core.error.Checks;

/**
 * How the shift axis is referenced (applied by {@link SpectrumCorrections}).
 *
 * @param mode      none, a fixed offset, or a named line put at a given shift
 * @param offsetPpm the offset added to every shift, for {@link Mode#OFFSET} [ppm]
 * @param window    where the line is looked for, for {@link Mode#LINE} [ppm]; null otherwise
 * @param targetPpm where the line's maximum is put, for {@link Mode#LINE} [ppm]
 */
public record Referencing(Mode mode, double offsetPpm, PpmWindow window, double targetPpm) {

    /** The axis as read. */
    public static final Referencing NONE = new Referencing(Mode.NONE, 0, null, 0);

    /** How the axis is referenced. */
    public enum Mode {
        /** The axis as read. */
        NONE,
        /** A fixed offset added to every shift. */
        OFFSET,
        /**
         * Per spectrum: the maximum of the real part in a window (refined by a parabola through it
         * and its neighbours) is put at a given shift, so that a drifting reference line (the
         * electrolyte) is followed spectrum by spectrum.
         */
        LINE
    }

    /** Validates. */
    public Referencing {
        Objects.requireNonNull(mode, "mode");
        Checks.finite("reference offset [ppm]", offsetPpm);
        Checks.finite("reference target [ppm]", targetPpm);
        if (mode == Mode.LINE) {
            Objects.requireNonNull(window, "window");
        }
    }

    /**
     * @param offsetPpm added to every shift [ppm]
     * @return a fixed offset
     */
    public static Referencing offset(double offsetPpm) {
        return new Referencing(Mode.OFFSET, offsetPpm, null, 0);
    }

    /**
     * @param window    where the reference line is [ppm]
     * @param targetPpm where its maximum is put [ppm]
     * @return referencing to that line, per spectrum
     */
    public static Referencing line(PpmWindow window, double targetPpm) {
        return new Referencing(Mode.LINE, 0, window, targetPpm);
    }
}
