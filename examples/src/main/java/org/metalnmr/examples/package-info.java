/**
 * Short runnable programs that use the public API as a user would, each producing a figure, e.g.
 * {@link org.metalnmr.examples.PenetrationFigure} (signal and phase against size / skin depth).
 */
package org.metalnmr.examples;
