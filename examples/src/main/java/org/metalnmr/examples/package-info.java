/**
 * Short runnable programs that use the public API as a user would, each producing a figure (SVG, and a
 * PNG of the same drawing) and printing its numbers; docs/examples.md has the command line of each:
 * <ul>
 * <li>{@link org.metalnmr.examples.SkinDepthCalculator}: skin depth across nuclei, fields and temperatures;</li>
 * <li>{@link org.metalnmr.examples.TurningLithiumStrip}: a Li strip turned in B0 (BMS), calibrated on
 * Trease et al. (2012), with voxel field maps;</li>
 * <li>{@link org.metalnmr.examples.CellAVersusCellB}: the forward model for the two in-situ cells;</li>
 * <li>{@link org.metalnmr.examples.GrowingDendrites}: a simulated operando series fitted back;</li>
 * <li>{@link org.metalnmr.examples.DeadLithiumQuantification}: integral to mAh, thin against thick metal;</li>
 * <li>{@link org.metalnmr.examples.CellDesign}: orientation, isotope and field ranked;</li>
 * <li>{@link org.metalnmr.examples.PenetrationFigure}: signal and phase against size / skin depth.</li>
 * </ul>
 * The forward-model examples accept {@code --quick} (coarse grids) for the smoke tests.
 */
package org.metalnmr.examples;
