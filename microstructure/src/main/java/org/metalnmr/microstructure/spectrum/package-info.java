/**
 * The spectrum of a voxel microstructure: BMS shift plus Knight shift per metal voxel, complex skin-layer
 * weight, histogrammed straight onto the output ppm axis and broadened by a Lorentzian; the bulk slab and
 * the deposit reported apart. Entry point: {@link org.metalnmr.microstructure.spectrum.MicrostructureSpectrum}.
 */
package org.metalnmr.microstructure.spectrum;
