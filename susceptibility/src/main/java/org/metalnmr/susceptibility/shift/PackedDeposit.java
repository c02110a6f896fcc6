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
 * with N_a = nzz (along the axis) and N_t = (nxx + nyy)/2 (averaged over the spin about the axis).</p>
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
     * @param chi  volume susceptibility of the metal
     * @param axis particle axis (lab frame, unit vector)
     * @return the BMS shift of an axially symmetric particle with that axis [ppm]
     */
    public double bmsShiftPpm(double chi, Vector3dc axis) {
        double nt = (particle.nxx() + particle.nyy()) / 2;
        double nz = axis.z() * axis.z() / axis.lengthSquared();
        return bmsFromParticleNzz(chi, nt + (particle.nzz() - nt) * nz);
    }

    private double bmsFromParticleNzz(double chi, double np) {
        double p = packingFraction;
        return 1e6 * chi * (1.0 / 3 - (1 - p) * np - p * regionNzz());
    }
}
