package org.metalnmr.toolkit.series;

import java.util.Locale;

import org.metalnmr.core.error.Checks;
import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.core.materials.Material;
import org.metalnmr.core.materials.Materials;
import org.metalnmr.susceptibility.shift.IsolatedBodyShift;
import org.metalnmr.susceptibility.shift.MetalShiftParameters;

/**
 * Where the two 7Li lines of a plating Li-metal electrode can sit: the bulk line of the flat electrode and the line of the
 * microstructure (whiskers, needles) grown along its normal, each in a ppm window derived from the bulk magnetic
 * susceptibility (docs/physics.md section 4).
 *
 * <p>With K the Knight shift, chi the volume susceptibility and theta the angle between the electrode normal and B0, the
 * shift of an isolated body is \( K + \chi(1/3 - N_{zz}) \) (relative to a sphere):
 * \[ \delta_{bulk} = K + \chi\left(\tfrac13 - \cos^2\theta\right), \qquad
 *    \delta_{micro} = K + \chi\left(\tfrac13 - \tfrac12\sin^2\theta\right), \]
 * the thin plate (its normal at theta) and the long needle (its axis along the normal); for cell B (theta = 0) these are
 * \( K - 2\chi/3 \) and \( K + \chi/3 \), for Li (K = 261 ppm, chi = 24.1 ppm) 244.9 and 269.0 ppm. Their separation is
 * \( \Delta = \delta_{micro} - \delta_{bulk} = \chi P_2(\cos\theta) = \chi(3\cos^2\theta - 1)/2 \), which vanishes at the
 * magic angle (54.7 degrees), where the two lines cannot be told apart by position (refused below 3 ppm).
 *
 * <p>Margin: each window is its line position \( \pm |\Delta|/3 \) (8.0 ppm for Li in cell B), so the two windows are
 * disjoint with a gap of \( |\Delta|/3 \) between them and the lines can never swap. The margin covers (a) the published
 * spread of chi for Li (13.7e-6 to 31e-6 SI in the material table, which moves the plate line by at most 4.6 ppm and the
 * needle line by at most 3.5 ppm from the default), (b) the cell's own field and referencing drift (the operando Li||Li
 * series of data/operando-li-li moves both lines by about 3.4 ppm over 48.7 h) and (c) packing: needles packed in a layer
 * move from \( +\chi/3 \) towards the plate value (docs/physics.md section 4, mean-field packing), by up to the margin.
 *
 * @param knightPpm      Knight shift K [ppm]
 * @param chi            volume susceptibility (SI)
 * @param tiltDeg        angle between the electrode normal and B0 [deg]
 * @param bulkPpm        bulk (plate) line position [ppm]
 * @param microPpm       microstructure (needle) line position [ppm]
 * @param marginPpm      half width of each window [ppm]
 */
public record LiMetalWindows(double knightPpm, double chi, double tiltDeg, double bulkPpm, double microPpm, double marginPpm) {

    /** Smallest line separation [ppm] for which the two lines are told apart by position. */
    public static final double MIN_SEPARATION_PPM = 3;

    /** Validates. */
    public LiMetalWindows {
        Checks.finite("Knight shift [ppm]", knightPpm);
        Checks.positive("window margin", "[ppm]", marginPpm);
        if (!(Math.abs(microPpm - bulkPpm) >= 2 * marginPpm)) {
            throw new InvalidInputException(CoreMessage.OUT_OF_RANGE, "window margin", 0, Math.abs(microPpm - bulkPpm) / 2,
                    "[ppm; at most half the line separation, so that the windows are disjoint]", marginPpm);
        }
    }

    /**
     * The windows of a metal in a cell orientation, from the material table (default chi and the nucleus' Knight shift).
     *
     * @param metal   e.g. {@code Li}
     * @param nucleus e.g. {@code 7Li}
     * @param tiltDeg angle between the electrode normal and B0 [deg], in [0, 90]
     * @return the windows
     */
    public static LiMetalWindows of(String metal, String nucleus, double tiltDeg) {
        Material m = Materials.byName(metal);
        return of(MetalShiftParameters.of(m, nucleus), tiltDeg);
    }

    /**
     * @param shift   Knight shift and chi
     * @param tiltDeg angle between the electrode normal and B0 [deg], in [0, 90]
     * @return the windows, margin |Delta|/3
     * @throws InvalidInputException when the two lines are closer than {@link #MIN_SEPARATION_PPM}
     */
    public static LiMetalWindows of(MetalShiftParameters shift, double tiltDeg) {
        Checks.inRange("electrode tilt (normal to B0)", "[deg]", 0, 90, tiltDeg);
        double t = Math.toRadians(tiltDeg);
        double bulk = IsolatedBodyShift.shiftPpm(shift, IsolatedBodyShift.LimitingShape.PLATE, t);
        double micro = IsolatedBodyShift.shiftPpm(shift, IsolatedBodyShift.LimitingShape.NEEDLE, t);
        double sep = Math.abs(micro - bulk);
        if (sep < MIN_SEPARATION_PPM) {
            throw new InvalidInputException(CoreMessage.OUT_OF_RANGE, String.format(Locale.ROOT,
                    "separation of the bulk (%.1f ppm) and microstructure (%.1f ppm) lines at a tilt of %.1f deg", bulk, micro, tiltDeg),
                    MIN_SEPARATION_PPM, Double.POSITIVE_INFINITY, "[ppm; away from the magic angle 54.7 deg the lines separate]", sep);
        }
        return new LiMetalWindows(shift.knightShiftPpm(), shift.chi(), tiltDeg, bulk, micro, sep / 3);
    }

    /** @return the bulk window {lo, hi} [ppm] */
    public double[] bulkWindow() {
        return new double[] {bulkPpm - marginPpm, bulkPpm + marginPpm};
    }

    /** @return the microstructure window {lo, hi} [ppm] */
    public double[] microWindow() {
        return new double[] {microPpm - marginPpm, microPpm + marginPpm};
    }

    /** @return the signed separation micro - bulk [ppm] */
    public double separationPpm() {
        return microPpm - bulkPpm;
    }
}
