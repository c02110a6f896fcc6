package org.metalnmr.spectra.io;

import java.util.Objects;

import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.core.spectrum.Spectrum;

/**
 * A spectrum with the label that names where it came from: the file name, the Bruker experiment
 * folder (e.g. {@code "301"}), or the experiment and row of a pseudo-2D (e.g. {@code "72/row3"}).
 *
 * @param label    non-blank name of the source, unique within one read
 * @param spectrum the spectrum
 */
public record LabelledSpectrum(String label, Spectrum spectrum) {

    /** Validates. */
    public LabelledSpectrum {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(spectrum, "spectrum");
        if (label.isBlank()) {
            throw new InvalidInputException(CoreMessage.BLANK, "the label of a spectrum");
        }
    }
}
