package org.metalnmr.susceptibility.voxel;

/**
 * The convolution kernel of the voxel field solver: shift = kernel * chi, with the Lorentz sphere
 * included (B0 along z; dBz/B0 for a nucleus at the target voxel).
 */
public enum FieldKernel {
    /**
     * The continuum dipole kernel sampled in k-space (Salomir et al., Concepts Magn. Reson. B 19, 26
     * (2003); Marques &amp; Bowtell, Concepts Magn. Reson. B 25, 65 (2005)):
     * D(k) = 1/3 - k_z^2/|k|^2, D(0) = 0, with k on the FFT grid (k = 2 pi m / (M d), m in
     * [-M/2, M/2)). Fast to build; it treats chi as band-limited, so sharp edges ring (Gibbs) and the
     * zero-padded grid is still weakly periodic.
     */
    DIPOLE_K_SPACE,
    /**
     * The cell-exact real-space kernel: the volume-averaged z field over the target voxel of a
     * uniformly z-magnetised source voxel (the Newell, Williams &amp; Dunlop tensor, J. Geophys. Res. 98,
     * 9551 (1993), as micromagnetic codes use), D(r) = delta_{r,0}/3 - N_zz(r), transformed once.
     * Exact for piecewise-constant chi on the voxels (e.g. a grid-aligned prism), exact linear
     * convolution on the zero-padded grid. See {@link CellDemagKernel}.
     */
    CELL_AVERAGED
}
