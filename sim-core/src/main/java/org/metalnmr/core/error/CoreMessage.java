package org.metalnmr.core.error;

/** The messages of the sim-core module. */
public enum CoreMessage implements MessageKey {
    /** Unknown nucleus name. */
    UNKNOWN_NUCLEUS("unknown nucleus '%s'; known nuclei: %s"),
    /** Unknown material name. */
    UNKNOWN_MATERIAL("unknown material '%s'; known materials: %s"),
    /** A value that must be finite. */
    NOT_FINITE("%s must be a finite number, got %s"),
    /** A value that must be strictly positive. */
    NOT_POSITIVE("%s must be > 0 %s, got %s"),
    /** A value that must not be negative. */
    NEGATIVE("%s must be >= 0 %s, got %s"),
    /** A value outside a closed range. */
    OUT_OF_RANGE("%s must be in [%s, %s] %s, got %s"),
    /** A value that must be one of a set. */
    NOT_ONE_OF("%s must be one of %s, got '%s'"),
    /** A material property that is not known for that material. */
    PROPERTY_UNKNOWN("%s of material '%s' is not known (no sourced value in the material table)"),
    /** A data resource that could not be read. */
    RESOURCE_UNREADABLE("cannot read the data resource %s: %s"),
    /** A file that could not be read. */
    FILE_UNREADABLE("cannot read %s: %s"),
    /** A file that could not be written. */
    FILE_UNWRITABLE("cannot write %s: %s"),
    /** An output folder that a run may not write into (it overlaps an input, is taken, or holds other files). */
    OUTPUT_FOLDER_REFUSED("--out %s cannot be used: %s"),
    /** A quantity in Hz asked of a spectrum whose axis is known in ppm only. */
    REFERENCE_FREQUENCY_UNKNOWN("this spectrum has a ppm axis only and its spectrometer frequency is not known, but %s needs it;"
            + " give the frequency of 0 ppm (command line: --frequency-mhz F, e.g. 116.64)"),
    /** A grid or array too large for the memory available. */
    MEMORY_EXCEEDED("%s needs about %.1f MiB but only %.1f MiB are available to the JVM; %s"),
    /** Arrays that must have equal lengths. */
    LENGTH_MISMATCH("%s has %d values but %s has %d; they must have the same length"),
    /** A least-squares fit that failed (not a mere non-convergence, which is reported in the result). */
    FIT_FAILED("the fit failed: %s"),
    /** A text that must not be blank. */
    BLANK("%s must not be blank"),
    /** A name that appears twice where names must be unique. */
    DUPLICATE_NAME("%s name '%s' appears twice in %s; each name must be unique"),
    /** Two arrays of one quantity pair whose lengths disagree (the first names both). */
    ARRAY_LENGTHS("%s: %s has %d values and %s has %d; they must have the same length"),
    /** A closed range whose ends are not in order. */
    RANGE_INVERTED("%s must have low < high %s, got %s .. %s"),
    /** A material whose susceptibility list does not mark exactly one value as the default. */
    DEFAULT_SUSCEPTIBILITY_COUNT("material '%s' must mark exactly one susceptibility value as the default, it marks %d"),
    /** A material override used for a material other than the one it names. */
    OVERRIDE_OTHER_MATERIAL("an override of material '%s' cannot be %s material '%s'; an override applies only to the material it names"),
    /** Complex Voigt widths or offset outside the domain of the lineshape. */
    VOIGT_DOMAIN("complex Voigt line needs Lorentzian HWHM Gamma >= 0 and Gaussian sigma >= 0, not both 0, and a finite offset;"
            + " got Gamma = %s, sigma = %s, offset x = %s"),
    /** An argument of the Faddeeva function outside the closed upper half plane. */
    FADDEEVA_DOMAIN("Faddeeva w(z) is evaluated for finite z with Im z >= 0 (the closed upper half plane), got z = %s + i %s"),
    /** Internal (a bug, not input): a switch or type dispatch met a case it does not handle. */
    UNHANDLED_CASE("internal error (a bug in metalnmr, please report it): %s has no case for %s"),
    /** Internal (a bug, not input): a value built by the toolkit itself could not be written as JSON. */
    JSON_NOT_WRITABLE("internal error (a bug in metalnmr, please report it): %s could not be written as JSON: %s"),
    /** Internal (a bug, not input): reflective access to a record of the toolkit failed. */
    REFLECTION_FAILED("internal error (a bug in metalnmr, please report it): %s of %s failed reflectively: %s"),
    /** Packet line widths outside their domain. */
    PACKET_LINE_WIDTHS("packet lines need Lorentzian HWHM Gamma > 0 and Gaussian sigma >= 0 [ppm], got Gamma = %s, sigma = %s"),
    /** Internal (a bug, not input): the binned packet sum on a non-uniform axis. */
    BINNED_AXIS_NOT_UNIFORM("internal error (a bug in metalnmr, please report it): the binned packet sum was asked for on a non-uniform"
            + " axis of %d points"),
    /** Internal (a bug, not input): a derivative asked of a packet-line kernel built without derivatives. */
    KERNEL_WITHOUT_DERIVATIVES("internal error (a bug in metalnmr, please report it): the %s derivative was asked of a packet-line kernel"
            + " built without derivatives"),
    /** Internal (a bug, not input): a packet outside the grid nodes its kernel was built for. */
    PACKET_OUTSIDE_KERNEL("internal error (a bug in metalnmr, please report it): a packet at %s ppm falls on grid node %d, outside the"
            + " kernel's nodes %d .. %d"),
    /** Internal (a bug, not input): a resource that ships inside a jar of the toolkit is missing. */
    BUILT_IN_RESOURCE_MISSING("internal error (a broken build of metalnmr): the built-in resource %s is not on the class path");

    private final String template;

    CoreMessage(String template) {
        this.template = template;
    }

    @Override
    public String template() {
        return template;
    }
}
