package org.metalnmr.spectra;

import org.metalnmr.core.error.MessageKey;

/** The messages of the spectra module (English, {@link String#format} templates): fit models, model files, plots. */
public enum SpectraMessage implements MessageKey {
    /** A corrupt or truncated input file (or entry, or line of it): what is wrong in it and what was expected. */
    INPUT_MALFORMED("%s: %s; expected %s"),
    /** A folder given as a spectrum that holds no Bruker data. */
    INPUT_FOLDER_NOT_BRUKER("%s: a folder without Bruker data; expected an experiment folder (acqus with fid or ser, or"
            + " pdata/N/1r with procs) or a folder of numbered experiment folders"),
    /** A phase region whose real and imaginary sums are both zero. */
    PHASE_REGION_NO_SIGNAL("phase region %s ppm: no signal there to phase on"),
    /** A phase correction asked of a spectrum without an imaginary part. */
    PHASE_NO_IMAGINARY("phase correction: the spectrum has no imaginary part (%s), so its phase cannot be changed; read"
            + " data with an imaginary part (Bruker 1r+1i or the raw fid, a text file with an imag column)"),
    /** A plot series whose x and y differ in length or are empty. */
    PLOT_SERIES_LENGTH("plot series '%s': x and y must have the same, non-zero length, got %d and %d"),
    /** A plot series with a different number of error bars than points. */
    PLOT_SERIES_ERROR_COUNT("error bars of plot series '%s': one error per point (%d), got %d"),
    /** A negative error bar. */
    PLOT_SERIES_ERROR_NEGATIVE("error bars of plot series '%s': errors must be non-negative (NaN for none), got %s"),
    /** A model file that is not JSON. */
    MODEL_FILE_SYNTAX("model file %s is not valid JSON: %s"),
    /** A model-file value of the wrong JSON type. */
    MODEL_FILE_TYPE("model file %s: %s must be %s, got %s"),
    /** A key the model-file format does not have. */
    MODEL_FILE_UNKNOWN_KEY("model file %s: unknown key \"%s\" in %s; allowed keys: %s"),
    /** A line without one of its four required keys. */
    MODEL_FILE_MISSING_KEY("model file %s: %s has no \"%s\"; every line needs centerPpm, hwhmPpm, eta and area"),
    /** A baseline coefficient the chosen baseline does not have. */
    MODEL_FILE_BASELINE_TERM("model file %s: %s is given but \"baseline\" is \"%s\"; remove it or set \"baseline\" to %s"),
    /** A reference to a shared parameter that is not defined. */
    MODEL_FILE_UNDEFINED_SHARED("model file %s: %s refers to '%s', which is not defined under \"shared\" (defined: %s)"),
    /** A shared parameter no line refers to. */
    MODEL_FILE_UNUSED_SHARED("model file %s: shared parameter '%s' is not used by any line; remove it or refer to it from a line"),
    /**
     * A parameter of a model file that its fit parameter refused: the second placeholder is the specific message of
     * the cause (a {@link #FIT_PARAMETER_BOUNDS} or {@link #FIT_PARAMETER_INITIAL}), prefixed by the file.
     */
    MODEL_FILE_PARAMETER("model file %s: %s"),
    /** A model without lines. */
    MODEL_NO_LINES("model %s has no lines; it needs at least one"),
    /** A fixed line parameter outside its range. */
    MODEL_FIXED_VALUE("model %s: line '%s' has a fixed %s of %s; it must be %s"),
    /** A free parameter no line uses. */
    MODEL_UNUSED_PARAMETER("model %s: parameter '%s' is defined but no line, phase or baseline uses it"),
    /** A peaks:N specification with a bad N. */
    MODEL_PEAK_COUNT("--model %s: N in peaks:N must be an integer in [1, 50], got '%s'"),
    /** A model specification that is none of the known kinds. */
    MODEL_SPEC_UNKNOWN("--model '%s' is not known: expected peaks:N (N = 1 to 50), morphology, or the path of an existing JSON model file"),
    /** A real-only model asked for its imaginary part. */
    MODEL_NOT_COMPLEX("model %s has no imaginary part, so it cannot fit complex data; fit the real part only"),
    /** A model asked for an analytic Jacobian it does not have. */
    MODEL_NO_JACOBIAN("model %s has no analytic Jacobian; check hasAnalyticJacobian() first (the fitter then uses finite differences)"),
    /** Fit-parameter bounds in the wrong order. */
    FIT_PARAMETER_BOUNDS("fit parameter '%s' needs bounds with lower < upper (lower below +inf, upper above -inf), got [%s, %s]"),
    /** A fit parameter's initial value outside its bounds. */
    FIT_PARAMETER_INITIAL("the initial value of fit parameter '%s' must be finite and within its bounds [%s, %s], got %s"),
    /** A logarithmic plot axis over a range that reaches zero or below. */
    LOG_AXIS_RANGE("a logarithmic axis needs a range above 0, got %s .. %s"),
    /** A figure of no area. */
    FIGURE_SIZE("a figure must be at least 1 x 1 pixels, got %d x %d"),
    /** A figure grid without panels or columns. */
    FIGURE_EMPTY("a figure grid needs at least one panel and one column, got %d panels in %d columns"),
    /** An image that the PNG encoder refused. */
    PNG_ENCODING_FAILED("could not encode the %d x %d image as PNG: %s"),
    /** Internal (a bug, not input): a processing step recorded with an odd number of key/value arguments. */
    KEY_VALUE_PAIRS("internal error (a bug in metalnmr, please report it): processing step '%s' got %d arguments; keys and values must alternate");

    private final String template;

    SpectraMessage(String template) {
        this.template = template;
    }

    @Override
    public String template() {
        return template;
    }
}
