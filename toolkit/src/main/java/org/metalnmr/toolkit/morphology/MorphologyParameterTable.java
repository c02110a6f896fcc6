package org.metalnmr.toolkit.morphology;

import java.util.List;
import java.util.Set;

import org.metalnmr.susceptibility.shift.MetalShiftParameters;
import org.metalnmr.toolkit.forward.CellPhysics;

/**
 * The parameter table of the {@link MorphologyModel}: which {@link MorphologyParameter}s a model with given settings
 * has, their neutral starting values and their bounds, and which parameters belong to each
 * {@link MorphologyComponent} (amount, homogeneous width, Gaussian variance, shift shape). The reasons for the
 * defaults and bounds are written next to each value.
 */
final class MorphologyParameterTable {

    /**
     * Largest roughness of a foil [deg]: the spread sigma at which the rms tilt of its plates, sqrt(2) sigma for a von
     * Mises-Fisher distribution of small spread, reaches the magic angle arccos(1/sqrt 3) = 54.74 deg, i.e. 38.7 deg. A plate
     * tilted beyond it has N_zz = cos^2(tilt) below 1/3, so its BMS shift in cell B has the sign of a deposit's (above K) and
     * the "foil" is no longer distinguishable from whiskers or mossy metal (docs/physics.md sect. 2). With the bound at 60 deg
     * the counter foil of the real series walked to 58-60 deg after 35 h and took 0.3 of the signal from the whisker line
     * (docs/morphology-model.md section 6.2).
     */
    static final double MAX_ROUGHNESS_DEG = Math.toDegrees(Math.acos(1 / Math.sqrt(3))) / Math.sqrt(2);

    private MorphologyParameterTable() {
    }

    /**
     * @param q        a quantity
     * @param settings what the model contains
     * @return whether a model with these settings has q (free or fixed)
     */
    static boolean present(MorphologyParameter q, MorphologySettings settings) {
        Set<MorphologyComponent> comps = settings.components();
        return switch (q) {
            case FOIL_HWHM_PPM, FOIL_GAUSS_VAR, FOIL_PHASE_LAG_DEG -> comps.contains(MorphologyComponent.FOIL)
                    || comps.contains(MorphologyComponent.BENT_FOIL) || comps.contains(MorphologyComponent.COUNTER_FOIL);
            case DEPOSIT_OFFSET_PPM -> comps.contains(MorphologyComponent.WHISKERS) || comps.contains(MorphologyComponent.MOSSY);
            case FOIL_ROUGHNESS_DEG -> comps.contains(MorphologyComponent.FOIL) || comps.contains(MorphologyComponent.COUNTER_FOIL);
            case BASELINE0, BASELINE1 -> settings.baseline();
            case BASELINE0_IMAG, BASELINE1_IMAG -> settings.baseline() && settings.complexData();
            default -> q.component() == null || comps.contains(q.component());
        };
    }

    /**
     * @param q        a quantity present in the model
     * @param settings what the model contains (material table, scenario physics, freed and fixed quantities)
     * @param minHwhm  the smallest homogeneous HWHM [ppm] (a quarter of the point spacing)
     * @param maxHwhm  the largest homogeneous HWHM [ppm] (the fit range)
     * @return its neutral starting (or fixed) value
     */
    static double defaultValue(MorphologyParameter q, MorphologySettings settings, double minHwhm, double maxHwhm) {
        MetalShiftParameters table = settings.tableShift();
        double def = switch (q) {
            case KNIGHT_PPM -> table.knightShiftPpm();
            case CHI_PPM -> table.chi() * 1e6;
            case FOIL_PHASE_LAG_DEG -> settings.defaultFoilPhaseLagDeg();
            case DEPOSIT_OFFSET_PPM -> 0;
            // off 0 (there the two foil lines coincide and their split is degenerate): 1.5 ppm, the size the Python
            // prototype found on experiments 59 and 599 (+2.7 and +1.7 ppm, docs/morphology-model.md section 6)
            case COUNTER_FOIL_OFFSET_PPM -> 1.5;
            case WHISKER_SPREAD_DEG -> 15;
            // a free roughness starts at 12 deg (at 0 every shift derivative of it vanishes: the shift is even in the
            // tilt; from 5 deg the fit of the 17 h operando spectrum ends in a minimum at 1.6 deg, reduced chi-square 111)
            case FOIL_ROUGHNESS_DEG, COUNTER_FOIL_ROUGHNESS_DEG -> settings.freed().contains(q) || !settings.fixedByDefault(q) ? 12 : 0;
            case WHISKER_PACKING -> 0.1;
            case MOSSY_PACKING -> 0.2;
            case FOIL_HWHM_PPM, WHISKER_HWHM_PPM, MOSSY_HWHM_PPM, ELECTROLYTE_HWHM_PPM, COUNTER_FOIL_HWHM_PPM ->
                    Math.max(minHwhm, Math.min(maxHwhm, 2.0));
            // sigma = 1 ppm
            case FOIL_GAUSS_VAR, WHISKER_GAUSS_VAR, MOSSY_GAUSS_VAR -> 1.0;
            default -> 0;
        };
        if (settings.physics() != null) {
            def = physicsDefault(settings.physics(), q, def);
        }
        return def;
    }

    /**
     * @param q       a free quantity
     * @param table   the material table's Knight shift and susceptibility
     * @param minHwhm the smallest homogeneous HWHM [ppm]
     * @param maxHwhm the largest homogeneous HWHM [ppm]
     * @return its bounds {lower, upper}
     */
    static double[] bounds(MorphologyParameter q, MetalShiftParameters table, double minHwhm, double maxHwhm) {
        double lo;
        double hi;
        switch (q) {
            case FOIL_AMOUNT, BENT_FOIL_AMOUNT, WHISKER_AMOUNT, MOSSY_AMOUNT, ELECTROLYTE_AMOUNT, COUNTER_FOIL_AMOUNT -> {
                lo = 0;
                hi = Double.POSITIVE_INFINITY;
            }
            case FOIL_HWHM_PPM, WHISKER_HWHM_PPM, MOSSY_HWHM_PPM, ELECTROLYTE_HWHM_PPM, COUNTER_FOIL_HWHM_PPM -> {
                lo = minHwhm;
                hi = maxHwhm;
            }
            case FOIL_GAUSS_VAR, WHISKER_GAUSS_VAR, MOSSY_GAUSS_VAR -> {
                // 0 is the Lorentzian (the homogeneous width keeps the line finite); sigma up to the range width
                lo = 0;
                hi = maxHwhm * maxHwhm;
            }
            case WHISKER_SPREAD_DEG -> {
                lo = 0.1;
                hi = 180;
            }
            case FOIL_ROUGHNESS_DEG, COUNTER_FOIL_ROUGHNESS_DEG -> {
                // 0.1 deg (no visible spread) to MAX_ROUGHNESS_DEG: the rms tilt sqrt(2) sigma of the plates at the magic angle
                lo = 0.1;
                hi = MAX_ROUGHNESS_DEG;
            }
            case WHISKER_PACKING, MOSSY_PACKING -> {
                // the mean-field packed-deposit shift holds to a few % of chi up to p of about 0.3 (PackedDeposit)
                lo = 0;
                hi = 0.6;
            }
            case ELECTROLYTE_SHIFT_PPM -> {
                lo = -30;
                hi = 30;
            }
            case DEPOSIT_OFFSET_PPM -> {
                // a stack field difference of at most a quarter of the metal's chi; wider, the offset trades
                // against the packing (both move the line rigidly) and isotropic packed strands mimic whiskers
                double b = 0.25 * table.chi() * 1e6;
                lo = -b;
                hi = b;
            }
            case COUNTER_FOIL_OFFSET_PPM -> {
                // as the deposit offset, one-signed: the counter foil is the bulk-metal line at the higher shift. Two-signed,
                // the two foil lines are interchangeable (swap the labels, K + offset for K, the widths) up to the whisker
                // line's K, which the packing absorbs: on the real series the labels swapped at 21 h and in 64 spectra
                // K sat 7 ppm high with the offset at -6 ppm (docs/morphology-model.md section 6.2)
                lo = 0;
                hi = 0.25 * table.chi() * 1e6;
            }
            case PHASE_DEG -> {
                lo = -180;
                hi = 180;
            }
            case FOIL_PHASE_LAG_DEG -> {
                lo = 0;
                hi = 90;
            }
            case KNIGHT_PPM -> {
                // the isotropic Knight shift is a material constant known to a few ppm; a free K takes up referencing
                // offsets and the stack's mean field, not tens of ppm (wider, a free K lets a cell-A model put its foil
                // line anywhere and the orientation stops being identifiable)
                lo = table.knightShiftPpm() - MorphologyModel.KNIGHT_RANGE_PPM;
                hi = table.knightShiftPpm() + MorphologyModel.KNIGHT_RANGE_PPM;
            }
            case CHI_PPM -> {
                // published Li values span 13.7-31 (x 1e-6, docs/physics.md sect. 4): a factor 2.5 either side of the table
                lo = table.chi() * 1e6 / 2.5;
                hi = table.chi() * 1e6 * 2.5;
            }
            default -> {
                lo = Double.NEGATIVE_INFINITY;
                hi = Double.POSITIVE_INFINITY;
            }
        }
        return new double[] {lo, hi};
    }

    /**
     * Defaults that a scenario's cell physics sets: the homogeneous HWHM of the metal's lines (Korringa plus the
     * acquisition's line broadening), the foil's
     * Gaussian variance 0 (its packets are the computed field distribution).
     */
    private static double physicsDefault(CellPhysics physics, MorphologyParameter q, double def) {
        return switch (q) {
            case FOIL_HWHM_PPM, WHISKER_HWHM_PPM, MOSSY_HWHM_PPM -> physics.lorentzianHwhmPpm();
            case FOIL_GAUSS_VAR -> 0;
            default -> def;
        };
    }

    static MorphologyParameter amountOf(MorphologyComponent c) {
        return switch (c) {
            case FOIL -> MorphologyParameter.FOIL_AMOUNT;
            case BENT_FOIL -> MorphologyParameter.BENT_FOIL_AMOUNT;
            case WHISKERS -> MorphologyParameter.WHISKER_AMOUNT;
            case MOSSY -> MorphologyParameter.MOSSY_AMOUNT;
            case ELECTROLYTE -> MorphologyParameter.ELECTROLYTE_AMOUNT;
            case COUNTER_FOIL -> MorphologyParameter.COUNTER_FOIL_AMOUNT;
        };
    }

    static MorphologyParameter hwhmOf(MorphologyComponent c) {
        return switch (c) {
            case FOIL, BENT_FOIL -> MorphologyParameter.FOIL_HWHM_PPM;
            case WHISKERS -> MorphologyParameter.WHISKER_HWHM_PPM;
            case MOSSY -> MorphologyParameter.MOSSY_HWHM_PPM;
            case ELECTROLYTE -> MorphologyParameter.ELECTROLYTE_HWHM_PPM;
            case COUNTER_FOIL -> MorphologyParameter.COUNTER_FOIL_HWHM_PPM;
        };
    }

    /** @return the Gaussian variance parameter of a component, null for the (Lorentzian) electrolyte line */
    static MorphologyParameter gaussOf(MorphologyComponent c) {
        return switch (c) {
            case FOIL, BENT_FOIL, COUNTER_FOIL -> MorphologyParameter.FOIL_GAUSS_VAR;
            case WHISKERS -> MorphologyParameter.WHISKER_GAUSS_VAR;
            case MOSSY -> MorphologyParameter.MOSSY_GAUSS_VAR;
            case ELECTROLYTE -> null;
        };
    }

    /** @return the Gaussian standard deviation of component c at q [ppm] (0 for the electrolyte) */
    static double gaussSigma(MorphologyComponent c, double[] q) {
        MorphologyParameter gp = gaussOf(c);
        return gp == null ? 0 : Math.sqrt(Math.max(0, q[gp.ordinal()]));
    }

    static List<MorphologyParameter> shapeParameters(MorphologyComponent c) {
        return switch (c) {
            case FOIL -> List.of(MorphologyParameter.KNIGHT_PPM, MorphologyParameter.CHI_PPM, MorphologyParameter.FOIL_ROUGHNESS_DEG);
            case BENT_FOIL -> List.of(MorphologyParameter.KNIGHT_PPM, MorphologyParameter.CHI_PPM);
            case WHISKERS -> List.of(MorphologyParameter.KNIGHT_PPM, MorphologyParameter.CHI_PPM, MorphologyParameter.WHISKER_SPREAD_DEG,
                    MorphologyParameter.WHISKER_PACKING, MorphologyParameter.DEPOSIT_OFFSET_PPM);
            case MOSSY -> List.of(MorphologyParameter.KNIGHT_PPM, MorphologyParameter.CHI_PPM, MorphologyParameter.MOSSY_PACKING,
                    MorphologyParameter.DEPOSIT_OFFSET_PPM);
            case ELECTROLYTE -> List.of(MorphologyParameter.ELECTROLYTE_SHIFT_PPM);
            case COUNTER_FOIL -> List.of(MorphologyParameter.KNIGHT_PPM, MorphologyParameter.CHI_PPM, MorphologyParameter.FOIL_ROUGHNESS_DEG,
                    MorphologyParameter.COUNTER_FOIL_ROUGHNESS_DEG, MorphologyParameter.COUNTER_FOIL_OFFSET_PPM);
        };
    }

    static boolean skinLayer(MorphologyComponent c) {
        return c == MorphologyComponent.FOIL || c == MorphologyComponent.BENT_FOIL || c == MorphologyComponent.COUNTER_FOIL;
    }
}
