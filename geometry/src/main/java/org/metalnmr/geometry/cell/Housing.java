package org.metalnmr.geometry.cell;

import org.metalnmr.geometry.body.Body;

/**
 * The cell body around the stack, in the cell frame (stack axis = cell z, centred on the stack):
 * {@link CylindricalHousing} (cell A) or {@link BoxHousing} (cell B). It is modelled as a solid
 * block: the stack inside displaces it (see {@link PartRole#HOUSING}); the bore it would have is
 * exactly filled by the stack.
 */
public sealed interface Housing permits CylindricalHousing, BoxHousing {

    /** @return material name */
    String material();

    /** @return the housing body in the cell frame */
    Body body();
}
