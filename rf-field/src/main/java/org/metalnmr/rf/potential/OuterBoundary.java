package org.metalnmr.rf.potential;

/**
 * The reduced potential psi' prescribed on the outer faces of the grid (Dirichlet, at the face): the far field of the
 * induced dipole ({@link DipoleBoundary}) for a grid around the whole problem, or the potential of an enclosing coarser
 * solve for a refined sub-grid ({@link InterpolatedBoundary}).
 */
interface OuterBoundary {

    /**
     * @param x face centre [m]
     * @param y face centre [m]
     * @param z face centre [m]
     * @return psi' there [A] (field units times m)
     */
    double potential(double x, double y, double z);
}
