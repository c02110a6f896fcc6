/**
 * Bulk magnetic susceptibility (BMS): how the shape, orientation and packing of a metal body set the
 * position of its NMR line. Frame: B0 along +z of the laboratory. Shift convention: a nucleus inside a
 * body of volume susceptibility chi (SI) sees dBz/B0 = chi (1/3 - N_zz) relative to a sphere, N the
 * lab-frame demagnetising tensor (the 1/3 is the Lorentz sphere). Sub-packages:
 * {@link org.metalnmr.susceptibility.demag} (closed-form tensors),
 * {@link org.metalnmr.susceptibility.voxel} (FFT field solver on voxel grids),
 * {@link org.metalnmr.susceptibility.fft} (the batched mixed-radix FFT behind it),
 * {@link org.metalnmr.susceptibility.shift} (shift models, orientation distributions, packed deposits),
 * {@link org.metalnmr.susceptibility.calibration} (fitting Knight shift and chi to orientation series).
 * Messages: {@link org.metalnmr.susceptibility.SusceptibilityMessage}.
 */
package org.metalnmr.susceptibility;
