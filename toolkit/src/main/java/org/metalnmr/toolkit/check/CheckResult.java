package org.metalnmr.toolkit.check;

import java.util.Objects;
import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InvalidInputException;

/**
 * One validation check: a named quantity, the value a source (a paper's table or figure, or a
 * closed form) gives, the value the toolkit computes, and the tolerance within which they must agree.
 *
 * @param name      short unique name, e.g. {@code skin-depth 7Li/Li 400 MHz}
 * @param topic     the group it belongs to, e.g. {@code skin-depth}
 * @param expected  the reference value
 * @param actual    the toolkit's value
 * @param tolerance the allowed absolute difference |actual - expected|, same unit, &gt;= 0
 * @param unit      the unit of the three numbers (e.g. {@code um}, {@code ppm}, {@code 1})
 * @param source    where the expected value comes from
 */
public record CheckResult(String name, String topic, double expected, double actual, double tolerance,
                          String unit, String source) {

    /** Validates. */
    public CheckResult {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(source, "source");
        if (!(tolerance >= 0)) {
            throw new InvalidInputException(CoreMessage.NEGATIVE, "tolerance of check '" + name + "'", unit, tolerance);
        }
    }

    /**
     * A check whose tolerance is relative to the expected value.
     *
     * @param name      name
     * @param topic     topic
     * @param expected  reference value
     * @param actual    computed value
     * @param relTol    relative tolerance (e.g. 0.003 for 0.3 %)
     * @param unit      unit
     * @param source    source
     * @return the check
     */
    public static CheckResult relative(String name, String topic, double expected, double actual, double relTol,
                                       String unit, String source) {
        return new CheckResult(name, topic, expected, actual, Math.abs(expected) * relTol, unit, source);
    }

    /** @return whether |actual - expected| &lt;= tolerance (false for NaN) */
    public boolean passed() {
        return Math.abs(actual - expected) <= tolerance;
    }
}
