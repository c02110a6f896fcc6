package org.metalnmr.toolkit.forward;

import java.util.Objects;

import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InvalidInputException;
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
            if (field.length == 0) {
                throw new InvalidInputException(CoreMessage.LENGTH_MISMATCH, "foil packet fields", 0, "at least one packet", 1);
            }
            if (weightRe.length != field.length) {
                throw new InvalidInputException(CoreMessage.LENGTH_MISMATCH, "foil packet real weights", weightRe.length, "foil packet fields",
                        field.length);
            }
            if (weightIm.length != field.length) {
                throw new InvalidInputException(CoreMessage.LENGTH_MISMATCH, "foil packet imaginary weights", weightIm.length,
                        "foil packet fields", field.length);
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
     * @param fieldOffset   the cell's macroscopic field at the deposit (signal-weighted mean), the local field of the host
     *                      medium without the deposit's own, per unit chi_0: \( \delta_{cell}/\chi_0 \)
     * @param hostChi       susceptibility of the medium the deposit grows in (SI)
     * @param rfRe          real part of the deposit's complex RF factor per nucleus (its total forward weight over its
     *                      number of nuclei: 1 for a thin fully penetrated body at the coil centre after a 90 degree pulse)
     * @param rfIm          imaginary part of that factor
     * @param particle      demagnetising factors of one particle (whisker or strand; axis along its own z)
     * @param packing       the volume-weighted mean packing the particles see in the scenario
     * @param nuclei        number of observed nuclei in these deposits
     * @param packingRatio  the distribution of the packing each particle sees about the mean, p_i / &lt;p&gt; (nodes: the
     *                      volume-weighted means of equal-volume groups; a graded whisker layer is denser near the
     *                      electrode, RootedLayerPacking); {1} for a uniform layer
     * @param packingWeight the signal fraction of each node (sum 1)
     * @param field         the distribution of the cell's field over the particles (per unit chi_0, as fieldOffset):
     *                      the field varies over the electrode face; nodes as for the packing
     * @param fieldWeight   the signal fraction of each field node (sum 1)
     * @param sample        the forward model's sampled whiskers, each with its own axis, packing, fields and RF weight
     *                      (null for other deposits): the morphology model's whisker line is built from them, so that the
     *                      correlations between those quantities are the forward model's; the nodes above summarise it
     */
    public record DepositField(double fieldOffset, double hostChi, double rfRe, double rfIm, DemagnetizingFactors particle,
                               double packing, double nuclei, double[] packingRatio, double[] packingWeight, double[] field,
                               double[] fieldWeight, WhiskerSample sample) {

        /** Checks the distributions. */
        public DepositField {
            if (packingRatio.length == 0 || packingRatio.length != packingWeight.length) {
                throw new InvalidInputException(CoreMessage.LENGTH_MISMATCH, "deposit packing weights", packingWeight.length,
                        "deposit packing nodes (at least one)", Math.max(1, packingRatio.length));
            }
            if (field.length == 0 || field.length != fieldWeight.length) {
                throw new InvalidInputException(CoreMessage.LENGTH_MISMATCH, "deposit field weights", fieldWeight.length,
                        "deposit field nodes (at least one)", Math.max(1, field.length));
            }
            packingRatio = packingRatio.clone();
            packingWeight = packingWeight.clone();
            field = field.clone();
            fieldWeight = fieldWeight.clone();
        }

        @Override
        public double[] field() {
            return field.clone();
        }

        @Override
        public double[] fieldWeight() {
            return fieldWeight.clone();
        }

        /**
         * A deposit of uniform packing.
         *
         * @param fieldOffset cell field per unit chi_0
         * @param hostChi     host susceptibility (SI)
         * @param rfRe        real part of the RF factor per nucleus
         * @param rfIm        imaginary part
         * @param particle    particle demagnetising factors
         * @param packing     packing
         * @param nuclei      observed nuclei
         */
        public DepositField(double fieldOffset, double hostChi, double rfRe, double rfIm, DemagnetizingFactors particle, double packing,
                            double nuclei) {
            this(fieldOffset, hostChi, rfRe, rfIm, particle, packing, nuclei, new double[] {1}, new double[] {1}, new double[] {fieldOffset},
                    new double[] {1}, null);
        }

        @Override
        public double[] packingRatio() {
            return packingRatio.clone();
        }

        @Override
        public double[] packingWeight() {
            return packingWeight.clone();
        }
    }
}
