/**
 * The RF coil: the B1 field per unit current of a helical solenoid by Biot-Savart
 * ({@link org.metalnmr.rf.coil.SolenoidCoil}), precomputed on a grid for fast lookups
 * ({@link org.metalnmr.rf.coil.B1Map}); by reciprocity the same map is the receive sensitivity.
 */
package org.metalnmr.rf.coil;
