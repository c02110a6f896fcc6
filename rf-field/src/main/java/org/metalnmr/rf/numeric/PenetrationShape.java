package org.metalnmr.rf.numeric;

/** The single bodies for which the numerical solvers reproduce a closed-form penetration. */
public enum PenetrationShape {
    /** infinite slab of thickness S, tangential field on both faces (2D solver, axial field) */
    SLAB,
    /** infinite cylinder of diameter S, field along its axis (2D solver) */
    CYLINDER_AXIAL,
    /** infinite cylinder of diameter S, field across its axis (2D solver) */
    CYLINDER_TRANSVERSE,
    /** sphere of diameter S (3D surface-impedance solver; valid for d &lt;&lt; S) */
    SPHERE
}
