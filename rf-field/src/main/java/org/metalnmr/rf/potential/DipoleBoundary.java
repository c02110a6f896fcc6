package org.metalnmr.rf.potential;

/**
 * The far field of the dipole p induced in the metal, as the outer boundary value of the reduced potential:
 * \[ \psi'(\mathbf r) = \frac{\mathbf p \cdot (\mathbf r - \mathbf c)}{4 \pi |\mathbf r - \mathbf c|^3}, \]
 * c the metal centroid (no monopole: the net flux out of a diamagnet is zero). The dipole comes from the current solution
 * by Green's representation of the exterior field on the metal surface,
 * \[ \mathbf p = \oint \big[ \psi' \mathbf n - (\mathbf r - \mathbf c) \, \partial_n \psi' \big] \, dS, \]
 * n outward from the metal, \( \partial_n \psi' = \mathbf H_a \cdot \mathbf n \) (the Neumann datum) and psi' at the
 * face extrapolated from the air cell with that datum (J. D. Jackson, Classical Electrodynamics, 3rd ed., sect. 1.10
 * and 4.1). Without correction the image of the induced dipole in a box of half-width L around a body of radius a
 * changes the field by a relative (a/L)<sup>3</sup>; with it the leading error is the next (quadrupole) order,
 * (a/L)<sup>5</sup>.
 *
 * @param moment   p [A m<sup>2</sup>] (field units times m<sup>3</sup>)
 * @param centroid c [m]
 */
record DipoleBoundary(double[] moment, double[] centroid) implements OuterBoundary {

    /**
     * @param centroid c [m]
     * @return p = 0: psi' = 0 on the outer faces (the first pass)
     */
    static DipoleBoundary none(double[] centroid) {
        return new DipoleBoundary(new double[3], centroid);
    }

    @Override
    public double potential(double x, double y, double z) {
        double rx = x - centroid[0];
        double ry = y - centroid[1];
        double rz = z - centroid[2];
        double r2 = rx * rx + ry * ry + rz * rz;
        double r3 = r2 * Math.sqrt(r2);
        return (moment[0] * rx + moment[1] * ry + moment[2] * rz) / (4 * Math.PI * r3);
    }

    /**
     * @param faces    the grid
     * @param phi      the current reduced potential at the voxel centres
     * @param field    the applied field
     * @param centroid c [m]
     * @return the boundary of the dipole of that solution (Green's representation, class comment)
     */
    static DipoleBoundary fromSurface(MaskFaces faces, double[] phi, AppliedField3D field, double[] centroid) {
        double[] p = new double[3];
        double[] ha = new double[3];
        double h = faces.h;
        double area = h * h;
        for (int k = 0; k < faces.nz; k++) {
            for (int j = 0; j < faces.ny; j++) {
                for (int i = 0; i < faces.nx; i++) {
                    int c = faces.index(i, j, k);
                    if (faces.lab[c] != 0) {
                        continue;
                    }
                    for (int dir = 0; dir < 6; dir++) {
                        int axis = dir >> 1;
                        int s = (dir & 1) == 0 ? 1 : -1;
                        int q = faces.neighbour(i, j, k, axis, s);
                        if (q < 0 || faces.lab[q] == 0) {
                            continue;
                        }
                        double[] f = faces.faceCentre(i, j, k, axis, s);
                        field.field(f[0], f[1], f[2], ha);
                        double dPsiDe = s * ha[axis];          // along e = s x_axis, from air into metal
                        double psiFace = phi[c] + 0.5 * h * dPsiDe;
                        double dPsiDn = -dPsiDe;               // n = -e points from the metal into air
                        p[axis] += area * psiFace * (-s);
                        for (int m = 0; m < 3; m++) {
                            p[m] -= area * (f[m] - centroid[m]) * dPsiDn;
                        }
                    }
                }
            }
        }
        return new DipoleBoundary(p, centroid);
    }
}
