package org.metalnmr.examples;

import java.util.List;

import org.joml.Quaterniond;
import org.joml.Vector3d;
import org.metalnmr.core.materials.Material;
import org.metalnmr.core.materials.Materials;
import org.metalnmr.core.materials.SusceptibilityValue;
import org.metalnmr.spectra.plot.HeatMap;
import org.metalnmr.spectra.plot.LinePlot;
import org.metalnmr.spectra.plot.PlotSeries;
import org.metalnmr.susceptibility.calibration.KnightChiFit;
import org.metalnmr.susceptibility.calibration.OrientationSeriesFit;
import org.metalnmr.susceptibility.demag.BodyOrientation;
import org.metalnmr.susceptibility.demag.PrismDemagnetization;
import org.metalnmr.susceptibility.shift.IsolatedBodyShift;
import org.metalnmr.susceptibility.shift.IsolatedBodyShift.LimitingShape;
import org.metalnmr.susceptibility.shift.MetalShiftParameters;
import org.metalnmr.susceptibility.voxel.BodyRasterizer;
import org.metalnmr.susceptibility.voxel.ChiGrid;
import org.metalnmr.susceptibility.voxel.FieldKernel;
import org.metalnmr.susceptibility.voxel.FieldSolvePlan;
import org.metalnmr.susceptibility.voxel.VoxelFieldSolver;

/**
 * Bulk magnetic susceptibility (BMS) for teaching: turn a lithium strip in the magnet and watch its 7Li
 * line move.
 *
 * <p>Li metal is paramagnetic (volume susceptibility chi about 2-3e-5). In B0 it is magnetised, and the
 * field of its own magnetisation changes the field at its nuclei by chi (1/3 - N_zz) relative to a
 * sphere, N_zz the demagnetising factor along B0 (docs/physics.md section 4). A thin plate has N_zz =
 * cos^2 theta, theta the angle between its normal and B0; with alpha = 90 deg - theta the angle
 * between its plane and B0, the line sits at K + chi (1/3 - sin^2 alpha): highest (K + chi/3) when the
 * strip lies along B0, lowest (K - 2 chi/3) when it stands across B0. K = 261 ppm is the Knight shift,
 * the same at every angle.</p>
 *
 * <p>The example (1) fits K and chi to the measured series of Trease et al., Solid State Nucl. Magn.
 * Reson. 42, 62 (2012) (plane at 0 / 30 / 45 / 90 deg: 272 / 265 / 252 / 242 ppm) with
 * {@link OrientationSeriesFit}, (2) draws the thin-plate curve for the fitted values and for the
 * toolkit's default chi, and (3) solves the field of a finite strip (6 x 2 x 0.5 mm, an illustrative
 * size) on a voxel grid at seven angles with the fitted chi: the mean shift over the strip and its
 * spread (a contribution to the linewidth, which grows away from 0 deg as Trease et al. observed), and
 * two maps of the shift in the plane through the strip's long axis and B0.</p>
 *
 * <p>Run: {@code java -cp examples/target/classes:validation/target/metalnmr.jar
 * org.metalnmr.examples.TurningLithiumStrip [figure.svg] [--quick]} (a few seconds; {@code --quick}
 * uses a coarser grid).</p>
 */
public final class TurningLithiumStrip {

    /** Trease et al. (2012): angle between the strip's plane and B0 [deg]. */
    static final double[] PLANE_ANGLE_DEG = {0, 30, 45, 90};
    /** Trease et al. (2012): measured 7Li line positions [ppm]. */
    static final double[] SHIFT_PPM = {272, 265, 252, 242};
    /** Illustrative strip: length, width, thickness [m]. */
    static final double LENGTH = 6e-3;
    /** Width [m] (the axis the strip is turned about). */
    static final double WIDTH = 2e-3;
    /** Thickness [m]. */
    static final double THICKNESS = 0.5e-3;

    private TurningLithiumStrip() {
    }

    /**
     * @param args optional output path of the SVG figure (default
     *             {@code docs/figures/examples/turning-li-strip.svg}) and {@code --quick}
     */
    public static void main(String[] args) {
        ExampleArgs a = ExampleArgs.parse(args, "docs/figures/examples/turning-li-strip.svg");

        // 1. calibrate K and chi from the measured orientation series
        double[] alphaRad = new double[PLANE_ANGLE_DEG.length];
        for (int i = 0; i < alphaRad.length; i++) {
            alphaRad[i] = Math.toRadians(PLANE_ANGLE_DEG[i]);
        }
        KnightChiFit fit = OrientationSeriesFit.fitPlateByPlaneAngle(alphaRad, SHIFT_PPM);
        System.out.println(ExampleArgs.fmt("fit to Trease et al. (2012): K = %.1f +- %.1f ppm, chi = %.1f +- %.1f e-6, rms residual %.1f ppm",
                fit.knightShiftPpm(), fit.knightShiftStdErrPpm(), fit.chi() * 1e6, fit.chiStdErr() * 1e6, fit.rmsResidualPpm()));
        Material li = Materials.byName("Li");
        for (SusceptibilityValue s : li.susceptibilities()) {
            System.out.println(ExampleArgs.fmt("  published chi of Li: %5.1f e-6 %s (%s)", s.chi() * 1e6, s.isDefault() ? "[default]" : "         ",
                    s.source()));
        }

        // 2. the thin-plate curve: shift against the angle between the plane and B0
        MetalShiftParameters calibrated = new MetalShiftParameters(fit.knightShiftPpm(), fit.chi());
        MetalShiftParameters defaults = MetalShiftParameters.of(li, "7Li");
        int n = 91;
        double[] deg = new double[n];
        double[] plateCal = new double[n];
        double[] plateDef = new double[n];
        double[] prism = new double[n];
        PrismDemagnetization strip = new PrismDemagnetization(LENGTH, WIDTH, THICKNESS);
        for (int i = 0; i < n; i++) {
            deg[i] = i;
            double normalTilt = Math.toRadians(90 - deg[i]); // the plate normal's angle to B0
            plateCal[i] = IsolatedBodyShift.shiftPpm(calibrated, LimitingShape.PLATE, normalTilt);
            plateDef[i] = IsolatedBodyShift.shiftPpm(defaults, LimitingShape.PLATE, normalTilt);
            // the finite strip's volume-averaged (magnetometric) N_zz, Aharoni's prism formula
            prism[i] = IsolatedBodyShift.shiftPpm(calibrated, strip.factors(), BodyOrientation.tilt(normalTilt));
        }

        // 3. the finite strip on a voxel grid, turned in steps of 15 degrees
        int gridN = a.quick() ? 64 : 128;
        StripSolver solver = new StripSolver(gridN);
        double[] voxDeg = {0, 15, 30, 45, 60, 75, 90};
        double[] voxMean = new double[voxDeg.length];
        double[] voxStd = new double[voxDeg.length];
        HeatMap[] maps = new HeatMap[2];
        double mapLimit = 0;
        System.out.println("plane angle [deg]  thin plate [ppm]  finite strip, voxel solve: mean +- spread [ppm]");
        for (int i = 0; i < voxDeg.length; i++) {
            double[] shift = solver.solve(Math.toRadians(90 - voxDeg[i]), fit.chi());
            double[] stats = solver.insideStatistics(shift);
            voxMean[i] = fit.knightShiftPpm() + stats[0];
            voxStd[i] = stats[1];
            System.out.println(ExampleArgs.fmt("%17.0f  %16.1f  %12.1f +- %.1f", voxDeg[i],
                    IsolatedBodyShift.shiftPpm(calibrated, LimitingShape.PLATE, Math.toRadians(90 - voxDeg[i])), voxMean[i], voxStd[i]));
            if (voxDeg[i] == 0 || voxDeg[i] == 90) {
                maps[voxDeg[i] == 0 ? 0 : 1] = solver.map(shift, ExampleArgs.fmt(
                        "BMS shift (K = %.0f ppm not added), plane at %.0f deg to B0",
                        fit.knightShiftPpm(), voxDeg[i]));
                mapLimit = Math.max(mapLimit, solver.largestMagnitudeOnMap(shift));
            }
        }
        // a signed shift: one diverging scale centred at zero (white) for both maps, reaching the larger |shift|
        for (int k = 0; k < maps.length; k++) {
            maps[k] = maps[k].withDivergingScale(mapLimit);
        }

        // 4. the figure
        LinePlot curve = LinePlot.of("7Li shift of a Li strip turned in B0 (Trease et al. 2012) and the BMS model",
                        "angle between the strip's plane and B0 [deg]", "7Li shift [ppm]").withXRange(0, 90).withYRange(236, 280)
                .withSeries(PlotSeries.solid(ExampleArgs.fmt("thin plate, fitted K = %.0f ppm, chi = %.1fe-6", fit.knightShiftPpm(), fit.chi() * 1e6),
                        deg, plateCal))
                .withSeries(PlotSeries.dashed(ExampleArgs.fmt("thin plate, default K = %.0f ppm, chi = %.1fe-6", defaults.knightShiftPpm(),
                        defaults.chi() * 1e6), deg, plateDef))
                .withSeries(PlotSeries.dashed("6 x 2 x 0.5 mm strip, magnetometric N_zz (fitted chi)", deg, prism))
                .withSeries(ExampleFigure.markers("measured (Trease et al. 2012)", PLANE_ANGLE_DEG, SHIFT_PPM, 1.5, 1.5, false, false))
                .withSeries(ExampleFigure.errorBars("voxel solve of the strip: mean +- spread", voxDeg, voxMean, voxStd, 1.0));
        ExampleFigure.write(a.output(), 1000, 440, List.of(List.of(curve::draw), List.of(maps[0]::draw, maps[1]::draw)));
        System.out.println("wrote " + a.output() + " and " + ExampleFigure.pngPath(a.output()));
    }

    /**
     * The strip on a cubic voxel grid of N voxels per axis, its largest diameter spanning N/2 voxels,
     * solved with the cell-averaged kernel without zero padding: for every pair of points within the
     * central half of the box the periodic convolution equals the linear one (the same construction as
     * the toolkit's {@code field} command), so the strip's field and the map of the central half are exact
     * for the voxelised strip.
     */
    private static final class StripSolver {
        private final int n;
        private final double h;
        private final FieldSolvePlan plan;
        private boolean[] inside;

        StripSolver(int n) {
            this.n = n;
            double diameter = Math.sqrt(LENGTH * LENGTH + WIDTH * WIDTH + THICKNESS * THICKNESS);
            this.h = diameter / (n / 2.0);
            this.plan = VoxelFieldSolver.create().withKernel(FieldKernel.CELL_AVERAGED).withZeroPadding(false)
                    .plan(n, n, n, h, h, h);
        }

        /** @return the shift map [ppm, relative to a sphere] of the strip with its normal tilted from B0 by tiltRad in the x-z plane */
        double[] solve(double tiltRad, double chi) {
            Quaterniond q = BodyOrientation.tilt(tiltRad);
            double c = n * h / 2;
            // body frame: x along the length, y along the width (the turning axis), z along the normal
            BodyRasterizer.Body body = new BodyRasterizer.Body(BodyRasterizer.Shape.PRISM,
                    new Vector3d(LENGTH / 2, WIDTH / 2, THICKNESS / 2), q, new Vector3d(c, c, c));
            BodyRasterizer.VolumeFractions vf = BodyRasterizer.rasterize(body, n, n, n, h, h, h, 4);
            double[] frac = vf.fraction();
            double[] chiMap = new double[frac.length];
            for (int i = 0; i < frac.length; i++) {
                chiMap[i] = chi * frac[i];
            }
            inside = vf.fullyInside();
            return plan.solveRaw(new ChiGrid(n, n, n, h, h, h, chiMap));
        }

        /** @return {mean, standard deviation} of the shift over the voxels fully inside the strip [ppm] */
        double[] insideStatistics(double[] shift) {
            double s = 0;
            double s2 = 0;
            int m = 0;
            for (int i = 0; i < shift.length; i++) {
                if (inside[i]) {
                    s += shift[i];
                    s2 += shift[i] * shift[i];
                    m++;
                }
            }
            double mean = s / m;
            return new double[] {mean, Math.sqrt(Math.max(0, s2 / m - mean * mean))};
        }

        /**
         * @return the BMS shift chi (1/3 - N_zz) part of the line position (relative to a sphere) on the
         *         central half of the x-z plane through the strip's centre; outside the metal it is the
         *         field of the strip's magnetisation alone
         */
        HeatMap map(double[] shift, String title) {
            double half = n / 2 * h / 2 * 1e3;
            return HeatMap.of(title, "BMS shift [ppm]", mapValues(shift), -half, half, -half, half)
                    .withAxisLabels("x [mm] (across B0)", "z [mm] (along B0)");
        }

        /** @return the largest |shift| [ppm] on the plane that {@link #map} shows */
        double largestMagnitudeOnMap(double[] shift) {
            double max = 0;
            for (double[] row : mapValues(shift)) {
                for (double v : row) {
                    if (Double.isFinite(v)) {
                        max = Math.max(max, Math.abs(v));
                    }
                }
            }
            return max;
        }

        /** The central half of the x-z plane through the strip's centre. */
        private double[][] mapValues(double[] shift) {
            int lo = n / 4;
            int m = n / 2;
            int j = n / 2;
            double[][] v = new double[m][m];
            for (int i = 0; i < m; i++) {
                for (int k = 0; k < m; k++) {
                    int idx = (lo + i) + n * (j + n * (lo + k));
                    v[i][k] = shift[idx];
                }
            }
            return v;
        }
    }
}
