/**
 * Quantification: the number of nuclei a spectral component represents and its equivalent charge in
 * mAh (docs/physics.md section 5). Entry point: {@link org.metalnmr.toolkit.quantify.ChargeEquivalent}.
 */
package org.metalnmr.toolkit.quantify;
