package org.metalnmr.spectra.fit.model;

/**
 * How a quantity of a line model gets its value: from a free fit parameter (possibly shared
 * between lines) or from a fixed number.
 */
public sealed interface ParameterRef permits ParameterRef.Free, ParameterRef.Fixed {

    /**
     * A free parameter, by name (several quantities naming the same parameter share it).
     *
     * @param name the parameter name
     */
    record Free(String name) implements ParameterRef {
    }

    /**
     * A fixed value.
     *
     * @param name  a name for reporting
     * @param value the value
     */
    record Fixed(String name, double value) implements ParameterRef {
        /** Validates. */
        public Fixed {
            org.metalnmr.core.error.Checks.finite(name, value);
        }
    }
}
