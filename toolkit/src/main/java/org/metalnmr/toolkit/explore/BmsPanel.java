package org.metalnmr.toolkit.explore;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InternalInvariantException;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.core.materials.Material;
import org.metalnmr.core.materials.Materials;
import org.metalnmr.susceptibility.calibration.KnightChiFit;
import org.metalnmr.susceptibility.calibration.OrientationSeriesFit;
import org.metalnmr.susceptibility.demag.BodyOrientation;
import org.metalnmr.susceptibility.demag.DemagnetizingFactors;
import org.metalnmr.susceptibility.demag.EllipsoidDemagnetization;
import org.metalnmr.susceptibility.shift.IsolatedBodyShift;
import org.metalnmr.susceptibility.shift.IsolatedBodyShift.LimitingShape;
import org.metalnmr.susceptibility.shift.MetalShiftParameters;

/**
 * The BMS panel: the line of an isolated metal body, shift = K + chi (1/3 - N_zz,lab)
 * ({@link IsolatedBodyShift}, docs/physics.md section 4), for a thin plate (tilt = angle between B0 and
 * its normal), a long needle (tilt of its axis), a spheroid of semi-axes (1, 1, c/a) (Osborn 1945,
 * {@link EllipsoidDemagnetization}; tilt of its symmetry axis) or a sphere; the curve against tilt, and
 * for a Li plate the measured 7Li positions of a Li strip turned in B0 (Trease et al., Solid State Nucl.
 * Magn. Reson. 42, 62, 2012) with the thin-plate line fitted to them ({@link OrientationSeriesFit}).
 * Parameters and checks as the CLI's {@code shift}.
 */
final class BmsPanel {

    /** Shapes offered. */
    static final List<String> SHAPES = List.of("plate", "needle", "ellipsoid", "sphere");
    /** The strip series, as kept in validation's reference data (with its provenance header). */
    static final String STRIP_SERIES = "/org/metalnmr/toolkit/explore/trease-2012-li-strip.csv";
    /** Points of the tilt curve (0 to 90 degrees). */
    static final int CURVE_POINTS = 91;

    private static final double[][] STRIP = readStrip();

    private BmsPanel() {
    }

    /**
     * @param q parameters: metal, shape, tiltDeg, aspect (c/a of the spheroid), chi, knightPpm, nucleus
     * @return the shift, the factors, the tilt curve and (Li plate) the strip series
     */
    static Map<String, Object> answer(QueryParameters q) {
        Material m = Materials.byName(q.text("metal", "Li"));
        String shape = q.choice("shape", SHAPES, "plate");
        double tiltDeg = q.number("tiltDeg", "[degrees]", -360, 360, 0);
        double aspect = q.number("aspect", "[1]", 0.01, 100, 0.1);
        double chi = q.has("chi") ? q.number("chi", "[1, SI volume]", -1, 1, 0) : m.chi();
        String nucleus = q.text("nucleus", null);
        double k;
        if (q.has("knightPpm")) {
            k = q.number("knightPpm", "[ppm]", -1e6, 1e6, 0);
        } else {
            nucleus = nucleus != null ? nucleus : defaultNucleus(m);
            k = m.knightShiftPpm(nucleus);
        }
        q.refuseUnread();
        MetalShiftParameters p = new MetalShiftParameters(k, chi);
        DemagnetizingFactors factors = factors(shape, aspect);
        double shift = IsolatedBodyShift.shiftPpm(p, factors, BodyOrientation.tilt(Math.toRadians(tiltDeg)));
        double[] tilt = new double[CURVE_POINTS];
        double[] curve = new double[CURVE_POINTS];
        for (int i = 0; i < CURVE_POINTS; i++) {
            tilt[i] = 90.0 * i / (CURVE_POINTS - 1);
            curve[i] = IsolatedBodyShift.shiftPpm(p, factors, BodyOrientation.tilt(Math.toRadians(tilt[i])));
        }
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("metal", m.name());
        r.put("nucleus", nucleus);
        r.put("shape", shape);
        r.put("tiltDeg", tiltDeg);
        r.put("aspect", shape.equals("ellipsoid") ? aspect : null);
        r.put("nxx", factors.nxx());
        r.put("nyy", factors.nyy());
        r.put("nzz", factors.nzz());
        r.put("labNzz", factors.labNzz(BodyOrientation.tilt(Math.toRadians(tiltDeg))));
        r.put("shiftPpm", shift);
        r.put("bmsPpm", shift - k);
        r.put("knightPpm", k);
        r.put("chi", chi);
        r.put("curveTiltDeg", tilt);
        r.put("curveShiftPpm", curve);
        if (shape.equals("plate") && m.name().equals("Li")) {
            r.put("strip", strip(tilt));
        }
        return r;
    }

    private static DemagnetizingFactors factors(String shape, double aspect) {
        return switch (shape) {
            case "plate" -> LimitingShape.PLATE.factors();
            case "needle" -> LimitingShape.NEEDLE.factors();
            case "sphere" -> LimitingShape.SPHERE.factors();
            default -> new EllipsoidDemagnetization(1, 1, aspect).factors();
        };
    }

    /** The measured strip series as normal tilts (90 degrees - plane angle) and the thin plate fitted to it. */
    private static Map<String, Object> strip(double[] tiltDeg) {
        double[] plane = STRIP[0];
        double[] shift = STRIP[1];
        double[] normalTilt = new double[plane.length];
        double[] planeRad = new double[plane.length];
        for (int i = 0; i < plane.length; i++) {
            normalTilt[i] = 90 - plane[i];
            planeRad[i] = Math.toRadians(plane[i]);
        }
        KnightChiFit fit = OrientationSeriesFit.fitPlateByPlaneAngle(planeRad, shift);
        MetalShiftParameters fitted = new MetalShiftParameters(fit.knightShiftPpm(), fit.chi());
        double[] fittedCurve = new double[tiltDeg.length];
        for (int i = 0; i < tiltDeg.length; i++) {
            fittedCurve[i] = IsolatedBodyShift.shiftPpm(fitted, LimitingShape.PLATE, Math.toRadians(tiltDeg[i]));
        }
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("source", "Trease et al., Solid State Nucl. Magn. Reson. 42, 62 (2012): 7Li of a Li strip turned in B0");
        s.put("normalTiltDeg", normalTilt);
        s.put("shiftPpm", shift);
        s.put("fittedKnightPpm", fit.knightShiftPpm());
        s.put("fittedChi", fit.chi());
        s.put("fittedCurveShiftPpm", fittedCurve);
        return s;
    }

    private static String defaultNucleus(Material m) {
        return m.defaultNucleus().orElseThrow(() -> new InvalidInputException(CoreMessage.NOT_ONE_OF, "nucleus for metal " + m.name(),
                String.join("|", m.knightShifts().keySet()) + " (or give knightPpm)", "absent"));
    }

    private static double[][] readStrip() {
        try (InputStream in = BmsPanel.class.getResourceAsStream(STRIP_SERIES)) {
            if (in == null) {
                throw new InternalInvariantException(CoreMessage.BUILT_IN_RESOURCE_MISSING, STRIP_SERIES);
            }
            List<double[]> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String t = line.trim();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                String[] f = t.split(",");
                rows.add(new double[] {Double.parseDouble(f[0]), Double.parseDouble(f[1])});
            }
            double[][] out = new double[2][rows.size()];
            for (int i = 0; i < rows.size(); i++) {
                out[0][i] = rows.get(i)[0];
                out[1][i] = rows.get(i)[1];
            }
            return out;
        } catch (IOException e) {
            throw new InternalInvariantException(e, CoreMessage.BUILT_IN_RESOURCE_MISSING, STRIP_SERIES);
        }
    }
}
