package org.metalnmr.rf.potential;

/**
 * The outer boundary of a refined sub-grid (one-way nesting): psi' on the sub-grid's outer faces is the trilinear
 * interpolation of an enclosing coarser solution's cell-centred reduced potential, over the coarse air cells among the
 * eight nearest (the weights of metal cells, where psi' is not defined, are dropped and the rest renormalised; when all
 * eight are metal, the air cells of the surrounding 4 x 4 x 4 block are averaged). The error of the coarse potential at
 * the sub-grid's boundary enters the fine solution; it decays into the sub-grid like a harmonic function from its
 * boundary, so the sub-grid should keep a few coarse voxels of air around the structure it refines (one-way nesting
 * of a fine patch in a coarse grid as in M. J. Berger, J. Oliger, J. Comput. Phys. 53, 484 (1984)). One-way: the fine
 * solution is not fed back, so the coarse solution's own first-order error (its induced dipole, its potential near the
 * metal) stays in the boundary values and decays only like a dipole field away from the metal (docs/rf-solvers.md).
 *
 * @param coarse the enclosing solution
 */
record InterpolatedBoundary(PotentialSolution3D coarse) implements OuterBoundary {

    @Override
    public double potential(double x, double y, double z) {
        MetalMask m = coarse.mask();
        double h = m.voxelSizeM();
        double u = (x - m.originM()[0]) / h - 0.5;
        double v = (y - m.originM()[1]) / h - 0.5;
        double w = (z - m.originM()[2]) / h - 0.5;
        int i0 = (int) Math.floor(u);
        int j0 = (int) Math.floor(v);
        int k0 = (int) Math.floor(w);
        double sum = 0;
        double wsum = 0;
        for (int c = 0; c < 8; c++) {
            int a = i0 + (c & 1);
            int b = j0 + ((c >> 1) & 1);
            int e = k0 + ((c >> 2) & 1);
            if (!air(m, a, b, e)) {
                continue;
            }
            double wt = ((c & 1) == 1 ? u - i0 : 1 - (u - i0)) * (((c >> 1) & 1) == 1 ? v - j0 : 1 - (v - j0))
                    * (((c >> 2) & 1) == 1 ? w - k0 : 1 - (w - k0));
            sum += wt * coarse.potential(m.index(a, b, e));
            wsum += wt;
        }
        if (wsum > 1e-9) {
            return sum / wsum;
        }
        int count = 0;
        for (int a = i0 - 1; a <= i0 + 2; a++) {
            for (int b = j0 - 1; b <= j0 + 2; b++) {
                for (int e = k0 - 1; e <= k0 + 2; e++) {
                    if (air(m, a, b, e)) {
                        sum += coarse.potential(m.index(a, b, e));
                        count++;
                    }
                }
            }
        }
        return count > 0 ? sum / count : 0;
    }

    private static boolean air(MetalMask m, int a, int b, int e) {
        return a >= 0 && a < m.nx() && b >= 0 && b < m.ny() && e >= 0 && e < m.nz() && m.label(a, b, e) == 0;
    }
}
