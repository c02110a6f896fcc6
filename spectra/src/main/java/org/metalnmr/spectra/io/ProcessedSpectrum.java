package org.metalnmr.spectra.io;

import java.util.Objects;

import org.metalnmr.spectra.processing.ProcessingRecord;

/**
 * A spectrum as read and processed, with the record of what was read and every step made.
 *
 * @param spectrum the labelled spectrum
 * @param record   its provenance: input, data used, steps in order
 */
public record ProcessedSpectrum(LabelledSpectrum spectrum, ProcessingRecord record) {

    /** Validates. */
    public ProcessedSpectrum {
        Objects.requireNonNull(spectrum, "spectrum");
        Objects.requireNonNull(record, "record");
    }
}
