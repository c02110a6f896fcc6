package org.metalnmr.susceptibility.demag;

/**
 * A body shape with a closed-form (or quadrature) magnetometric demagnetising tensor, diagonal in the
 * body frame. Implementations: {@link EllipsoidDemagnetization}, {@link PrismDemagnetization},
 * {@link CylinderDemagnetization}.
 */
public interface DemagnetizationModel {

    /** @return the body-frame factors (trace 1) */
    DemagnetizingFactors factors();
}
