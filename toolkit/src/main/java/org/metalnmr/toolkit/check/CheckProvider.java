package org.metalnmr.toolkit.check;

import java.util.List;

/**
 * A group of validation checks. Implementations live in the validation module and are found with
 * {@link java.util.ServiceLoader} (listed in {@code META-INF/services/org.metalnmr.toolkit.check.CheckProvider}),
 * so that {@code metalnmr validate} runs them without the toolkit depending on the validation module.
 */
public interface CheckProvider {

    /** @return the topic of the checks, used to order and group the report */
    String topic();

    /** @return the checks, computed now */
    List<CheckResult> run();
}
