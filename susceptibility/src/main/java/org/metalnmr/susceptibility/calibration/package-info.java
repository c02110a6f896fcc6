/**
 * Calibration of the Knight shift and the volume susceptibility from an orientation series of one metal
 * body: {@link org.metalnmr.susceptibility.calibration.OrientationSeriesFit} (linear least squares with
 * standard errors) giving {@link org.metalnmr.susceptibility.calibration.KnightChiFit}. Worked example:
 * the Li strip of Trease et al. (2012), docs/susceptibility.md.
 */
package org.metalnmr.susceptibility.calibration;
