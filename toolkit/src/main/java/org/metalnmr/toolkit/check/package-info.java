/**
 * Validation checks as data: {@link org.metalnmr.toolkit.check.CheckResult} (expected, actual,
 * tolerance, source), the {@link org.metalnmr.toolkit.check.CheckProvider} service interface that the
 * validation module implements, and {@link org.metalnmr.toolkit.check.ValidationSuite} that runs them
 * for {@code metalnmr validate}.
 */
package org.metalnmr.toolkit.check;
