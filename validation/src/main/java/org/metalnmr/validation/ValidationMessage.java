package org.metalnmr.validation;

import org.metalnmr.core.error.MessageKey;

/** The messages of the validation module (English, {@link String#format} templates). */
public enum ValidationMessage implements MessageKey {
    /** Internal (a broken build, not input): a reference file without its provenance header. */
    REFERENCE_NO_PROVENANCE("internal error (a broken build of metalnmr): reference file %s has no provenance header (# lines)"),
    /** Internal (a broken build, not input): a reference table without the row a check needs. */
    REFERENCE_ROW_MISSING("internal error (a broken build of metalnmr): reference table %s has no row for '%s'"),
    /** The cell simulations of the validation report were interrupted. */
    SIMULATION_INTERRUPTED("the cell simulations of the validation report were interrupted"),
    /** A cell simulation of the validation report failed with a checked exception. */
    SIMULATION_FAILED("a cell simulation of the validation report failed: %s"),
    /** A spectrum of the operando series that a check needs is missing. */
    OPERANDO_SPECTRUM_MISSING("the operando series has no spectrum labelled '%s'; the check needs it"),
    /** Benchmark data that is not in the working directory or above it. */
    BENCHMARK_DATA_NOT_FOUND("%s not found in the working directory or above it; run the benchmark from inside the repository"),
    /** A benchmarked command that failed. */
    BENCHMARK_RUN_FAILED("%s exited with status %d: %s"),
    /** A benchmarked read that returned the wrong number of spectra. */
    BENCHMARK_SPECTRA_COUNT("%s: expected %d spectra, got %d");

    private final String template;

    ValidationMessage(String template) {
        this.template = template;
    }

    @Override
    public String template() {
        return template;
    }
}
