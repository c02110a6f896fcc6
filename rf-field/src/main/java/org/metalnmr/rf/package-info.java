/**
 * The rf-field module: skin depth, RF penetration, field solvers and the coil. This package holds
 * only the module's message enum {@link org.metalnmr.rf.RfMessage}.
 */
package org.metalnmr.rf;
