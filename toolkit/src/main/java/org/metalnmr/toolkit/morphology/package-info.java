/**
 * The physical morphology model for fitting measured spectra ({@code fit --model morphology}): foil, bent foil,
 * whiskers, mossy metal and a diamagnetic line in a cell orientation, with shifts from the packed-deposit
 * susceptibility model and phases from the skin effect (docs/physics.md sections 3-5; docs/morphology-model.md).
 * Entry points: {@link org.metalnmr.toolkit.morphology.MorphologyModel#guess},
 * {@link org.metalnmr.toolkit.morphology.MorphologySettings}, {@link org.metalnmr.toolkit.morphology.MorphologyReport}.
 */
package org.metalnmr.toolkit.morphology;
