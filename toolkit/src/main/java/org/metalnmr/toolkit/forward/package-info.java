/**
 * The forward model: a cell scenario to spin packets and spectra
 * ({@link org.metalnmr.toolkit.forward.ForwardModel}, {@link org.metalnmr.toolkit.forward.ForwardSimulation}).
 * Internally: the cell's BMS field, stack on a fine grid plus the PEEK housing's envelope on a coarse
 * one ({@code CellBmsField}, {@code HousingEnvelopeField}); the RF field around the conductors
 * ({@code CellRfField}); the coil's sensitivity ({@code CoilWeight}); and the report
 * ({@link org.metalnmr.toolkit.forward.SimulationReport}, {@link org.metalnmr.toolkit.forward.PeakExplanation}).
 * Shifts are on the axis of external 1 M LiCl(aq) at 0 ppm (see {@link org.metalnmr.toolkit.forward.ForwardModel}).
 */
package org.metalnmr.toolkit.forward;
