package org.metalnmr.susceptibility.shift;

import org.joml.Quaterniondc;
import org.joml.Vector3dc;
import org.metalnmr.core.error.Checks;
import org.metalnmr.susceptibility.demag.DemagnetizingFactors;

/**
 * Mean-field BMS shift of particles of one shape packed at volume fraction p inside a region of another
 * shape (docs/physics.md sect. 4; Kubo 1998; Zhou et al., J. Magn. Reson. 234, 44 (2013)):
 * \[ \delta = \chi\,(1/3 - N_p) + p\,\chi\,(N_p - N_s) = \chi\,(1/3 - (1-p) N_p - p N_s), \]
 * N_p the particle's lab-frame factor along B0, N_s the region's. Derivation: the region's mean
 * magnetisation p M gives the demagnetising field -N_s p M; the particle sits in a cavity of its own
 * shape cut from that smeared medium, which adds +N_p p M; its own field is -N_p M. Limits: p = 0 is the
 * isolated particle, p = 1 the solid region. With a spread of particle orientations each particle uses
 * its own N_p. Validity (checked against voxel solves of random packings, see docs/susceptibility.md):
 * the mean over the particles holds to a few percent of chi for p up to about 0.3; the spread of
 * particle shifts about that mean (from neighbour correlations) is not in the model.
 *
 * <p>For axially symmetric particles described by an axis direction n (lab frame), N_p = N_t + (N_a - N_t) n_z^2
 * with N_a = nzz (along the axis) and N_t = (nxx + nyy)/2 (averaged over the spin about the axis)
 * ({@link #labNzz(DemagnetizingFactors, Vector3dc)}).</p>
 *
 * <p>In a host medium. chi is the contrast chi_particle - chi_host: the smeared region's magnetisation relative to
 * the surrounding host is p (chi_particle - chi_host), and the particle's own field is that of its excess
 * susceptibility ({@link #packedLayerTermPpm}). Whiskers in a pellet or electrolyte of chi -1e-5 thus see a
 * packed term 1.4 times that of the same whiskers in vacuum (chi_Li = 2.41e-5).</p>
 *
 * @param packingFraction   p in [0, 1]
 * @param particle          particle body-frame factors (axis = body z)
 * @param region            region body-frame factors
 * @param regionOrientation region body-to-lab rotation (copied)
 */
public record PackedDeposit(double packingFraction, DemagnetizingFactors particle, DemagnetizingFactors region,
                            Quaterniondc regionOrientation) {

    /** Validates and copies. */
    public PackedDeposit {
        Checks.inRange("packing fraction", "[1]", 0, 1, packingFraction);
        java.util.Objects.requireNonNull(particle, "particle");
        java.util.Objects.requireNonNull(region, "region");
        regionOrientation = new org.joml.Quaterniond(regionOrientation);
    }

    /** @return the region's factor along B0 */
    public double regionNzz() {
        return region.labNzz(regionOrientation);
    }

    /**
     * @param chi                 volume susceptibility of the metal
     * @param particleOrientation particle body-to-lab rotation
     * @return the BMS shift of that particle [ppm]
     */
    public double bmsShiftPpm(double chi, Quaterniondc particleOrientation) {
        return bmsFromParticleNzz(chi, particle.labNzz(particleOrientation));
    }

    /**
     * @param chi  volume susceptibility of the metal (the contrast to its host)
     * @param axis particle axis (lab frame, unit vector)
     * @return the BMS shift of an axially symmetric particle with that axis [ppm]
     */
    public double bmsShiftPpm(double chi, Vector3dc axis) {
        return bmsFromParticleNzz(chi, labNzz(particle, axis));
    }

    private double bmsFromParticleNzz(double chi, double np) {
        return 1e6 * chi * (1.0 / 3 - np) + packedLayerTermPpm(chi, packingFraction, np, regionNzz());
    }

    /**
     * The lab-frame demagnetising factor along B0 (z) of an axially symmetric body (needle, whisker, spheroid):
     * \( N_{zz} = N_t + (N_a - N_t)\, n_z^2 \), N_a the factor along the body axis (body zz), N_t = (N_xx + N_yy)/2,
     * n the axis direction in the lab (rotation of the diagonal tensor; docs/physics.md section 4).
     *
     * @param body body-frame factors (axis = body z)
     * @param axis axis direction in the lab (need not be normalised)
     * @return N_zz in the lab
     */
    public static double labNzz(DemagnetizingFactors body, Vector3dc axis) {
        double nt = (body.nxx() + body.nyy()) / 2;
        double nz = axis.z() * axis.z() / axis.lengthSquared();
        return nt + (body.nzz() - nt) * nz;
    }

    /**
     * The packed-layer mean field: the smeared region's own demagnetising field minus that of the particle-shaped
     * cavity the particle occupies in it (class comment),
     * \[ \delta_\mathrm{packed} = 10^6\, \Delta\chi\, p\, (N_p - N_s), \]
     * with the contrast Delta chi = chi_particle - chi_host (zero in a host of the particle's own susceptibility).
     *
     * @param contrastChi chi_particle - chi_host (SI)
     * @param packing     p, the metal volume fraction the particle sees, in [0, 1]
     * @param particleNzz N_p along B0 (lab)
     * @param regionNzz   N_s along B0 (lab) of the region (a thin layer: n_z^2 of its normal)
     * @return the term [ppm]
     */
    public static double packedLayerTermPpm(double contrastChi, double packing, double particleNzz, double regionNzz) {
        Checks.inRange("packing fraction", "[1]", 0, 1, packing);
        return 1e6 * contrastChi * packing * (particleNzz - regionNzz);
    }
}
