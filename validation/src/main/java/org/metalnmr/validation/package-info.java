/**
 * The validation module: literature and closed-form checks behind {@code metalnmr validate}, their
 * reference files ({@link org.metalnmr.validation.ReferenceTable}), and the JMH benchmarks (package
 * {@code bench}, never run as tests).
 */
package org.metalnmr.validation;
