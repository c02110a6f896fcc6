package org.metalnmr.core.error;

/**
 * Argument checks for record compact constructors and public methods. Each check names the
 * quantity and its unit in the message so that a bad value is reported where it enters.
 */
public final class Checks {

    private Checks() {
    }

    /**
     * @param name  what the value is (e.g. "thickness")
     * @param value the value
     * @return the value, when finite
     * @throws InvalidInputException when NaN or infinite
     */
    public static double finite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new InvalidInputException(CoreMessage.NOT_FINITE, name, value);
        }
        return value;
    }

    /**
     * @param name  what the value is
     * @param unit  its unit, in brackets (e.g. "[m]")
     * @param value the value
     * @return the value, when finite and strictly positive
     * @throws InvalidInputException otherwise
     */
    public static double positive(String name, String unit, double value) {
        finite(name, value);
        if (value <= 0) {
            throw new InvalidInputException(CoreMessage.NOT_POSITIVE, name, unit, value);
        }
        return value;
    }

    /**
     * @param name  what the value is
     * @param unit  its unit, in brackets
     * @param value the value
     * @return the value, when finite and not negative
     * @throws InvalidInputException otherwise
     */
    public static double nonNegative(String name, String unit, double value) {
        finite(name, value);
        if (value < 0) {
            throw new InvalidInputException(CoreMessage.NEGATIVE, name, unit, value);
        }
        return value;
    }

    /**
     * @param name  what the value is
     * @param unit  its unit, in brackets
     * @param lo    the smallest allowed value
     * @param hi    the largest allowed value
     * @param value the value
     * @return the value, when finite and in [lo, hi]
     * @throws InvalidInputException otherwise
     */
    public static double inRange(String name, String unit, double lo, double hi, double value) {
        finite(name, value);
        if (value < lo || value > hi) {
            throw new InvalidInputException(CoreMessage.OUT_OF_RANGE, name, lo, hi, unit, value);
        }
        return value;
    }
}
