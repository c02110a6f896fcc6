/**
 * The validation checks, one {@link org.metalnmr.toolkit.check.CheckProvider} per topic, each
 * comparing the toolkit with a published value or a closed form. Listed in
 * {@code META-INF/services/org.metalnmr.toolkit.check.CheckProvider}.
 */
package org.metalnmr.validation.checks;
