/**
 * Numerical RF penetration of single bodies (slab, cylinders, sphere), the counterpart of the
 * closed forms used by {@code penetration --method numeric}. Entry point:
 * {@link org.metalnmr.rf.numeric.NumericPenetration#signal}.
 */
package org.metalnmr.rf.numeric;
