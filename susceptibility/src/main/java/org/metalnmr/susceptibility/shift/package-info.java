/**
 * Shift models: the line position of isolated bodies at any tilt
 * ({@link org.metalnmr.susceptibility.shift.IsolatedBodyShift}), orientation distributions of body
 * axes ({@link org.metalnmr.susceptibility.shift.AxisDistribution}: powder, von Mises-Fisher, cone),
 * the packed-deposit mean-field model ({@link org.metalnmr.susceptibility.shift.PackedDeposit}; for
 * populations rooted on a surface, the packing each particle sees along its height:
 * {@link org.metalnmr.susceptibility.shift.RootedLayerPacking}) and the
 * resulting shift distributions as weighted packets
 * ({@link org.metalnmr.susceptibility.shift.PopulationShift},
 * {@link org.metalnmr.susceptibility.shift.ShiftDistribution}). Shift = Knight shift + chi (1/3 - N_zz),
 * B0 along lab z ({@link org.metalnmr.susceptibility.shift.MetalShiftParameters}).
 */
package org.metalnmr.susceptibility.shift;
