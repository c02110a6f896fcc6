/** Fundamental physical constants (CODATA 2018), SI units. Entry point: {@link org.metalnmr.core.constants.PhysicalConstants}. */
package org.metalnmr.core.constants;
