package org.metalnmr.examples;

import java.nio.file.Path;
import java.util.List;

import org.hipparchus.complex.Complex;
import org.metalnmr.rf.penetration.BodyShape;
import org.metalnmr.spectra.plot.Figure;
import org.metalnmr.spectra.plot.LinePlot;
import org.metalnmr.spectra.plot.PlotSeries;

/**
 * The skin effect in one picture: the small-flip NMR signal per volume |S|/V and its phase against
 * size / skin depth for a slab (field on both faces), a cylinder with the RF field along or across its
 * axis, and a sphere, all from the closed forms of {@code org.metalnmr.rf.penetration}. The dashed line
 * is the slab's skin-layer asymptote d/(sqrt2 t).
 *
 * <p>Run: {@code java -cp examples/target/classes:validation/target/metalnmr.jar
 * org.metalnmr.examples.PenetrationFigure [figure.svg]} (writes {@code docs/figures/penetration.svg} and the PNG of
 * the same drawing next to it, or at the path given as first argument).
 */
public final class PenetrationFigure {

    private PenetrationFigure() {
    }

    /**
     * @param args optional output path
     */
    public static void main(String[] args) {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/figures/penetration.svg");
        figure().write(out);
    }

    /** @return the figure as an SVG document */
    public static String render() {
        return figure().toSvg();
    }

    /** @return the figure (its SVG and PNG are the same drawing) */
    static Figure figure() {
        int n = 161;
        double[] ratio = new double[n];
        for (int i = 0; i < n; i++) {
            ratio[i] = Math.pow(10, -2 + 5.0 * i / (n - 1)); // size/d from 0.01 to 1000
        }
        double d = 1e-5; // only size/d matters
        LinePlot magnitude = LinePlot.of("Signal per volume of a metal body (small flip, by reciprocity)",
                "size / skin depth  (slab thickness, cylinder or sphere diameter)", "|S| / V").withLogX(true).withLogY(true)
                .withYRange(1e-3, 2);
        LinePlot phase = LinePlot.of("Signal phase (time dependence exp(+i omega t): a lag is negative)",
                "size / skin depth", "phase of S (degrees)").withLogX(true).withYRange(-75, 5);
        String[][] shapes = {
            {"slab", "slab, field on both faces"},
            {"cylinder-axial", "cylinder, field along axis"},
            {"cylinder-transverse", "cylinder, field across axis"},
            {"sphere", "sphere"},
        };
        for (String[] s : shapes) {
            double[] mag = new double[n];
            double[] deg = new double[n];
            for (int i = 0; i < n; i++) {
                Complex sv = BodyShape.byName(s[0]).profile(ratio[i] * d, d).signalPerVolume();
                mag[i] = sv.norm();
                deg[i] = Math.toDegrees(sv.getArgument());
            }
            magnitude = magnitude.withSeries(PlotSeries.solid(s[1], ratio, mag));
            phase = phase.withSeries(PlotSeries.solid(s[1], ratio, deg));
        }
        double[] skin = new double[n];
        double[] minus45 = new double[n];
        for (int i = 0; i < n; i++) {
            skin[i] = 1 / (Math.sqrt(2) * ratio[i]);
            minus45[i] = -45;
        }
        magnitude = magnitude.withSeries(PlotSeries.dashed("slab skin layer d/(sqrt2 t)", ratio, skin));
        phase = phase.withSeries(PlotSeries.dashed("-45 degrees (Bloembergen)", ratio, minus45));
        return Figure.column(760, 380, List.of(magnitude, phase));
    }
}
