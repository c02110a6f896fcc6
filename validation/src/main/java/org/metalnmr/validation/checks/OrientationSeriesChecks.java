package org.metalnmr.validation.checks;

import java.util.ArrayList;
import java.util.List;

import org.metalnmr.susceptibility.calibration.KnightChiFit;
import org.metalnmr.susceptibility.calibration.OrientationSeriesFit;
import org.metalnmr.toolkit.check.CheckProvider;
import org.metalnmr.toolkit.check.CheckResult;
import org.metalnmr.validation.ReferenceTable;

/**
 * The Li strip orientation series of Trease et al. (Solid State Nucl. Magn. Reson. 42, 62 (2012);
 * docs/physics.md section 4: 272, 265, 252, 242 ppm with the strip's plane at 0, 30, 45, 90 degrees to B0),
 * calibrated with {@link OrientationSeriesFit#fitPlateByPlaneAngle} (least squares on
 * shift = K + chi (1/3 - sin^2 alpha)).
 * <ul>
 * <li>Knight shift: expected 261 ppm (the isotropic 7Li Knight shift of Li metal, docs/physics.md sections 1
 * and 4, an independent measurement); tolerance 3 ppm, about twice the standard error of K that the
 * four points allow (their rms scatter about the fit is 3.2 ppm with 2 degrees of freedom, giving
 * s.e.(K) = 1.6 ppm).</li>
 * <li>chi: expected 31e-6 (docs/physics.md: "the orientation series above fits about 31e-6"); tolerance
 * 0.5e-6, the rounding of that two-digit value.</li>
 * <li>Each residual: expected 0, tolerance 5 ppm: the positions are given to 1 ppm of lines several
 * ppm wide that broaden away from 0 degrees, and the infinite-plate law ignores the strip's finite
 * width; 5 ppm is about 1.6 times the fit's rms scatter (3.2 ppm), i.e. every point lies on the plate
 * law within the measurement scatter.</li>
 * </ul>
 */
public final class OrientationSeriesChecks implements CheckProvider {

    private static final String TOPIC = "orientation-series";
    private static final String SOURCE = "Trease et al., SSNMR 42, 62 (2012) Li strip series (docs/physics.md sect. 4)";

    @Override
    public String topic() {
        return "08 orientation-series";
    }

    @Override
    public List<CheckResult> run() {
        ReferenceTable t = ReferenceTable.load("/reference/orientation-series/trease-2012-li-strip.csv");
        int n = t.rows().size();
        double[] angleRad = new double[n];
        double[] shift = new double[n];
        for (int i = 0; i < n; i++) {
            angleRad[i] = Math.toRadians(Double.parseDouble(t.rows().get(i)[0]));
            shift[i] = Double.parseDouble(t.rows().get(i)[1]);
        }
        KnightChiFit fit = OrientationSeriesFit.fitPlateByPlaneAngle(angleRad, shift);
        List<CheckResult> out = new ArrayList<>();
        out.add(new CheckResult("Trease Li strip: fitted Knight shift K", TOPIC, 261.0, fit.knightShiftPpm(), 3.0, "ppm",
                "Li metal isotropic 7Li Knight shift about 261 ppm (docs/physics.md sect. 1); fit of " + SOURCE));
        out.add(new CheckResult("Trease Li strip: fitted chi", TOPIC, 31.0, 1e6 * fit.chi(), 0.5, "1e-6",
                "docs/physics.md sect. 4: the orientation series fits about 31e-6; " + SOURCE));
        double[] res = fit.residualsPpm();
        for (int i = 0; i < n; i++) {
            out.add(new CheckResult("Trease Li strip: residual at " + t.rows().get(i)[0] + " deg", TOPIC, 0.0, res[i], 5.0, "ppm",
                    SOURCE + "; plate law sin^2(plane angle)"));
        }
        return out;
    }
}
