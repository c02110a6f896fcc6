/**
 * The NMR signal of metal bodies by reciprocity: the small-flip signal (1/V) int h . h dV, its
 * magnitude, phase and visible fraction ({@link org.metalnmr.rf.signal.BodySignal}), and the signal at
 * any flip angle and nutation curves ({@link org.metalnmr.rf.signal.ReciprocitySignal}).
 */
package org.metalnmr.rf.signal;
