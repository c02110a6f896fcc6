package org.metalnmr.rf.penetration;

import org.hipparchus.complex.Complex;

/**
 * The RF field inside a metal body, relative to the applied (tangential, far-field) RF field, for
 * time dependence exp(+i omega t): h(r) = H(r)/H0, a complex vector. Inside a good conductor
 * (displacement current neglected) H obeys the diffusion equation laplacian H = kappa^2 H with
 * kappa = (1 + i)/d, d the skin depth; a wave that enters through a surface goes as exp(-(1+i) x/d):
 * it decays and its phase lags (arg h &lt; 0).
 *
 * <p>Each implementation fixes its body frame (documented in its Javadoc) and gives the closed-form
 * small-flip signal per volume, S/V = (1/V) int h . h dV (see {@code rf.signal} for the reciprocity
 * argument), and a quadrature {@link #volumeAverage} for any local response.
 */
public interface PenetrationProfile {

    /** Default quadrature density: Gauss-Legendre panels per skin depth near the surface. */
    int DEFAULT_PANELS_PER_SKIN_DEPTH = 2;

    /** @return the skin depth d [m] */
    double skinDepth();

    /**
     * @return the size the body is described by [m]: slab thickness, cylinder or sphere diameter,
     *         or the considered depth of a half-space
     */
    double size();

    /** @return the body's name for messages and reports, e.g. "slab" */
    String bodyName();

    /**
     * @param x body-frame x [m]
     * @param y body-frame y [m]
     * @param z body-frame z [m]
     * @return the relative field h at that point (inside the metal or on its surface)
     * @throws org.metalnmr.core.error.InvalidInputException for a point outside the metal
     */
    ComplexVector3 field(double x, double y, double z);

    /**
     * @return the closed-form small-flip signal per volume S/V = (1/V) int h . h dV (1 for a body far
     *         thinner than d; phase 0 thin, -45 degrees thick)
     */
    Complex signalPerVolume();

    /**
     * @return the thick-body (surface-impedance) limit of {@link #signalPerVolume}: the surface
     *         integral of the squared tangential surface field of the perfectly screening body times
     *         int_0^inf exp(-2 kappa x) dx = d/(2(1+i)), over the volume
     */
    Complex skinLayerSignalPerVolume();

    /**
     * The volume average (1/V) int f(h . h, |h|^2) dV by composite Gauss-Legendre quadrature: panels of
     * width d/panelsPerSkinDepth over the outer 40 d (below that depth |h| &lt; e^{-40}), doubling widths
     * further in; angles by rules exact for the smooth angular dependence.
     *
     * @param f                  the local response
     * @param panelsPerSkinDepth panels per skin depth, &gt;= 1 (raise it for responses that oscillate
     *                           with |h|, such as large flip angles)
     * @return the average
     */
    Complex volumeAverage(LocalResponse f, int panelsPerSkinDepth);

    /**
     * @param f the local response
     * @return {@link #volumeAverage(LocalResponse, int)} at the default density
     */
    default Complex volumeAverage(LocalResponse f) {
        return volumeAverage(f, DEFAULT_PANELS_PER_SKIN_DEPTH);
    }

    /** @return size / skin depth */
    default double sizeOverSkinDepth() {
        return size() / skinDepth();
    }
}
