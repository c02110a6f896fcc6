/**
 * Materials of in-situ cells (metals, current collectors, polymers, electrolytes, air) with
 * resistivity and its temperature coefficient, permeability, susceptibility alternatives and Knight
 * shifts, each with its source. Entry point: {@link org.metalnmr.core.materials.Materials#byName(String)}.
 */
package org.metalnmr.core.materials;
