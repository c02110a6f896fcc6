/**
 * Closed-form magnetometric demagnetising tensors: general ellipsoid (Osborn 1945, via Carlson's R_D),
 * rectangular prism (Aharoni 1998), finite circular cylinder (Chen, Brug &amp; Goldfarb 1991), each a
 * {@link org.metalnmr.susceptibility.demag.DemagnetizationModel} giving
 * {@link org.metalnmr.susceptibility.demag.DemagnetizingFactors} (body frame, trace 1) that rotate to
 * the lab frame with JOML ({@link org.metalnmr.susceptibility.demag.BodyOrientation}). B0 is along lab +z
 * and the BMS shift inside a body is chi (1/3 - N_zz).
 */
package org.metalnmr.susceptibility.demag;
