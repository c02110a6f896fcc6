package org.metalnmr.rf.eddy;

import java.util.Objects;
import org.hipparchus.complex.Complex;
import org.metalnmr.core.error.Checks;

/**
 * The small-flip-angle reciprocity signal of one conductor of a 2D problem, per unit length
 * along z, for a uniform applied field of unit amplitude (h = H/H0):
 * \[ S_\mathrm{along} = \int_\mathrm{conductor} (\mathbf h \cdot \mathbf e)^2\, dA, \qquad S_\mathrm{all} = \int_\mathrm{conductor} \mathbf h \cdot \mathbf h\, dA \]
 * (bilinear products, no complex conjugate: once for excitation, once for reception by
 * reciprocity). e is the applied direction. S_along is the signal when B0 lies in the
 * cross-section plane perpendicular to e: the components transverse to B0 are then e and z, and
 * hz = 0 for an in-plane field, so only h . e counts. S_all counts every field component, the
 * case when B0 lies along z for an in-plane field (both in-plane components are then transverse to
 * B0; the rotating-frame components b&plusmn; = (bx &plusmn; i by)/2 give b+ b- = (h . h)/4, normalised
 * here to 1 for a uniform field). For an axial field both are the same integral of hz^2.
 * Divided by the area, either is 1 for a conductor much thinner than the skin depth.
 *
 * @param name        the conductor's name
 * @param areaM2      its cross-section area [m^2] (cut-cell exact to the grid's second order)
 * @param alongApplied S_along [m^2]
 * @param allComponents S_all [m^2]
 */
public record ConductorSignal(String name, double areaM2, Complex alongApplied, Complex allComponents) {

    /** Validates the fields. */
    public ConductorSignal {
        Objects.requireNonNull(name, "name");
        Checks.nonNegative("area", "[m^2]", areaM2);
        Objects.requireNonNull(alongApplied, "alongApplied");
        Objects.requireNonNull(allComponents, "allComponents");
    }

    /** @return S_along / area, 1 for a fully penetrated conductor */
    public Complex alongAppliedPerArea() {
        return alongApplied.divide(areaM2);
    }

    /** @return S_all / area */
    public Complex allComponentsPerArea() {
        return allComponents.divide(areaM2);
    }
}
