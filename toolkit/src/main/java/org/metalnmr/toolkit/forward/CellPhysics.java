package org.metalnmr.toolkit.forward;

import java.util.Objects;

import org.metalnmr.susceptibility.demag.DemagnetizingFactors;

/**
 * What the morphology model needs from a cell's own field solutions (issue "One physics", item 8): the foil's spin
 * packets from the forward model's BMS and RF solves, the cell's field where the deposits grow, the deposits' RF
 * factors and the material constants and widths, all as in the scenario. Built by {@link CellPhysicsExtraction} from
 * one {@link ForwardSimulation}; no physics is computed here.
 *
 * <p>Fields are stored dimensionless, per unit susceptibility of the observed metal at the scenario's value
 * \( \chi_0 \), so that a packet's shift \( \delta_i = K + \chi\, n_i \) stays linear in K and chi when a fit frees
 * them (exact at \( \chi = \chi_0 \); away from it the parts of other materials, e.g. the pellet's field, are scaled
 * with the metal's chi as well, an approximation stated in docs/morphology-model.md).
 *
 * @param source         where it comes from (the scenario file's name)
 * @param nucleus        observed nucleus, e.g. {@code 7Li}
 * @param knightShiftPpm the metal's isotropic Knight shift in the scenario [ppm]
 * @param chi            the metal's volume susceptibility in the scenario, \( \chi_0 \) (SI)
 * @param tiltDeg        angle between the stack normal and B0 [deg]
 * @param flipAngleDeg   nominal flip angle of the scenario's acquisition [deg]
 * @param foil           the bulk metal parts' packets
 * @param whiskers       the whisker populations (null when the scenario has none)
 * @param mossy          the porous / mossy layers (null when the scenario has none)
 * @param homogeneousFwhmPpm the Korringa-limited homogeneous FWHM of the metal's packets [ppm]
 * @param lineBroadeningFwhmPpm the acquisition's exponential line broadening LB [ppm]: a real Lorentzian of FWHM LB
 *                      convolved with a complex Lorentzian of FWHM w gives the complex Lorentzian of FWHM w + LB (both
 *                      are Poisson kernels of the upper half plane), so the widths add
 */
public record CellPhysics(String source, String nucleus, double knightShiftPpm, double chi, double tiltDeg, double flipAngleDeg,
                          Foil foil, DepositField whiskers, DepositField mossy, double homogeneousFwhmPpm,
                          double lineBroadeningFwhmPpm) {

    /** Checks presence. */
    public CellPhysics {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(nucleus, "nucleus");
        Objects.requireNonNull(foil, "foil");
    }

    /** @return the HWHM of every metal packet's Lorentzian in the processed spectrum: (Korringa FWHM + LB) / 2 [ppm] */
    public double lorentzianHwhmPpm() {
        return (homogeneousFwhmPpm + lineBroadeningFwhmPpm) / 2;
    }

    /**
     * The bulk metal seen through its skin layer: packets binned in shift, each with its complex weight.
     *
     * @param field       dimensionless BMS field per packet, \( n_i = (\delta_i - K)/\chi_0 \)
     * @param weightRe    real part of each packet's weight; the weights sum to 1 (complex)
     * @param weightIm    imaginary part of each packet's weight
     * @param phaseLagDeg the skin layer's phase lag of the whole foil, \( -\arg \sum_i W_i \) of the forward weights [deg]
     */
    public record Foil(double[] field, double[] weightRe, double[] weightIm, double phaseLagDeg) {

        /** Checks lengths. */
        public Foil {
            if (field.length == 0 || weightRe.length != field.length || weightIm.length != field.length) {
                throw new IllegalArgumentException("foil packets: " + field.length + " fields, " + weightRe.length + " and "
                        + weightIm.length + " weights");
            }
        }

        /**
         * @param knightShiftPpm K [ppm]
         * @param chi            chi (SI)
         * @return the weighted mean shift (real part of the weights) [ppm]
         */
        public double meanShiftPpm(double knightShiftPpm, double chi) {
            double m = 0;
            for (int i = 0; i < field.length; i++) {
                m += weightRe[i] * (knightShiftPpm + chi * 1e6 * field[i]);
            }
            return m;
        }
    }

    /**
     * The cell's field where a kind of deposit grows, and how the coil sees it.
     *
     * @param fieldOffset   the cell's macroscopic field at the deposit (mean over its volume), the local field of the host
     *                      medium without the deposit's own, per unit chi_0: \( \delta_{cell}/\chi_0 \)
     * @param hostChi       susceptibility of the medium the deposit grows in (SI)
     * @param rfRe          real part of the deposit's complex RF factor per nucleus (its total forward weight over its
     *                      number of nuclei: 1 for a thin fully penetrated body at the coil centre after a 90 degree pulse)
     * @param rfIm          imaginary part of that factor
     * @param particle      demagnetising factors of one particle (whisker or strand; axis along its own z)
     * @param packing       the volume-weighted mean packing the particles see in the scenario
     * @param nuclei        number of observed nuclei in these deposits
     */
    public record DepositField(double fieldOffset, double hostChi, double rfRe, double rfIm, DemagnetizingFactors particle,
                               double packing, double nuclei) {
    }
}
