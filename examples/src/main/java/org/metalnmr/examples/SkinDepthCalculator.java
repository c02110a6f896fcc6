package org.metalnmr.examples;

import java.util.ArrayList;
import java.util.List;

import org.metalnmr.core.materials.Material;
import org.metalnmr.core.materials.Materials;
import org.metalnmr.core.nuclei.Nuclei;
import org.metalnmr.core.nuclei.Nucleus;
import org.metalnmr.spectra.plot.LinePlot;
import org.metalnmr.spectra.plot.PlotSeries;
import org.metalnmr.core.units.FieldConversions;
import org.metalnmr.rf.skin.SkinDepth;

/**
 * How deep does the RF field of an NMR coil reach into a metal? The skin depth
 * d = sqrt(rho / (pi mu0 mu_r f)) (docs/physics.md section 3) depends on the metal (its resistivity rho and
 * permeability mu_r), on the temperature (rho grows about linearly with T) and on the frequency f, which
 * is the Larmor frequency of the observed nucleus: f = gamma B0 / 2 pi. So the same magnet gives a
 * deeper skin layer for a nucleus with a small gyromagnetic ratio (6Li against 7Li, 39K, 67Zn) and for a
 * lower field.
 *
 * <p>The example prints d for each metal and its nucleus at three magnets and several temperatures,
 * and plots d against the magnet's 1H frequency (100-1200 MHz, 293 K) and against temperature
 * (250-400 K at 500 MHz). Curves stop at the melting point (Na 371 K, K 337 K): the resistivity law of
 * the solid no longer applies to the liquid.</p>
 *
 * <p>Run: {@code java -cp examples/target/classes:validation/target/metalnmr.jar
 * org.metalnmr.examples.SkinDepthCalculator [figure.svg]} (well under a second).</p>
 */
public final class SkinDepthCalculator {

    /** The observed nucleus and the metal it sits in. */
    private record Pair(String nucleus, String metal, double meltingK) {
    }

    /** Melting points at 1 atm (CRC Handbook of Chemistry and Physics, 97th ed., "Melting, boiling ..." table) [K]. */
    private static final List<Pair> PAIRS = List.of(
            new Pair("7Li", "Li", 453.65), new Pair("6Li", "Li", 453.65), new Pair("23Na", "Na", 370.94),
            new Pair("25Mg", "Mg", 923.0), new Pair("27Al", "Al", 933.47), new Pair("39K", "K", 336.53),
            new Pair("63Cu", "Cu", 1357.77), new Pair("67Zn", "Zn", 692.68));

    private SkinDepthCalculator() {
    }

    /**
     * @param args optional output path of the SVG figure (default {@code docs/figures/examples/skin-depth.svg})
     */
    public static void main(String[] args) {
        ExampleArgs a = ExampleArgs.parse(args, "docs/figures/examples/skin-depth.svg");

        // 1. a table at room temperature (293 K, the reference temperature of the resistivity table)
        double[] magnetsMHz = {400, 600, 800};
        System.out.println("skin depth [um] at 293 K");
        System.out.println("nucleus  metal   f at 400 / 600 / 800 MHz 1H [MHz]     d at 400 / 600 / 800 MHz 1H [um]");
        for (Pair p : PAIRS) {
            Nucleus n = Nuclei.bySymbol(p.nucleus());
            Material m = Materials.byName(p.metal());
            double[] f = new double[3];
            double[] d = new double[3];
            for (int i = 0; i < 3; i++) {
                // the Larmor frequency of the nucleus in the magnet whose protons resonate at magnetsMHz[i]
                f[i] = FieldConversions.larmorFrequencyAtProton(n, magnetsMHz[i] * 1e6);
                d[i] = SkinDepth.skinDepth(m, f[i], Material.REFERENCE_TEMPERATURE_K);
            }
            System.out.println(ExampleArgs.fmt("%-7s  %-5s  %8.2f %8.2f %8.2f              %8.2f %8.2f %8.2f", p.nucleus(),
                    p.metal(), f[0] / 1e6, f[1] / 1e6, f[2] / 1e6, d[0] * 1e6, d[1] * 1e6, d[2] * 1e6));
        }

        // 2. temperature: the resistivity rises, so does d (7Li and 23Na at 500 MHz)
        double[] temps = {250, 293, 323.15, 350, 400};
        System.out.println();
        System.out.println("skin depth [um] at 500 MHz 1H against temperature [K] (- : molten)");
        StringBuilder head = new StringBuilder("nucleus ");
        for (double t : temps) {
            head.append(ExampleArgs.fmt("%9.1f", t));
        }
        System.out.println(head);
        for (Pair p : PAIRS) {
            StringBuilder row = new StringBuilder(ExampleArgs.fmt("%-7s ", p.nucleus()));
            for (double t : temps) {
                row.append(t < p.meltingK() ? ExampleArgs.fmt("%9.2f", skinDepthUm(p, 500, t)) : ExampleArgs.fmt("%9s", "-"));
            }
            System.out.println(row);
        }

        // 3. the figure: d against field at 293 K, and against temperature at 500 MHz
        LinePlot byField = LinePlot.of("Skin depth at 293 K against the magnet's 1H frequency",
                "1H frequency of the magnet [MHz]", "skin depth d [um]").withYRange(0, 70);
        LinePlot byTemperature = LinePlot.of("Skin depth at 500 MHz (1H) against temperature (curves stop at melting)",
                "temperature [K]", "skin depth d [um]").withYRange(0, 50).withXRange(250, 400);
        int nf = 111;
        int nt = 151;
        for (Pair p : PAIRS) {
            String label = p.nucleus() + " in " + p.metal();
            double[] mhz = new double[nf];
            double[] d = new double[nf];
            for (int i = 0; i < nf; i++) {
                mhz[i] = 100 + 10.0 * i;
                d[i] = skinDepthUm(p, mhz[i], Material.REFERENCE_TEMPERATURE_K);
            }
            byField = byField.withSeries(series(label, p, mhz, d));
            List<Double> tk = new ArrayList<>();
            List<Double> dt = new ArrayList<>();
            for (int i = 0; i < nt; i++) {
                double t = 250 + i;
                if (t < p.meltingK()) {
                    tk.add(t);
                    dt.add(skinDepthUm(p, 500, t));
                }
            }
            byTemperature = byTemperature.withSeries(series(label, p, unbox(tk), unbox(dt)));
        }
        ExampleFigure.write(a.output(), 900, 420, List.of(List.of(byField::draw), List.of(byTemperature::draw)));
        System.out.println("wrote " + a.output() + " and " + ExampleFigure.pngPath(a.output()));
    }

    /** d [um] of the pair's metal at the Larmor frequency of its nucleus in a magnet of the given 1H frequency. */
    private static double skinDepthUm(Pair p, double protonMHz, double temperatureK) {
        double f = FieldConversions.larmorFrequencyAtProton(Nuclei.bySymbol(p.nucleus()), protonMHz * 1e6);
        return 1e6 * SkinDepth.skinDepth(Materials.byName(p.metal()), f, temperatureK);
    }

    /** Lithium solid, the others dashed, so the two Li isotopes stand out. */
    private static PlotSeries series(String label, Pair p, double[] x, double[] y) {
        return p.metal().equals("Li") ? PlotSeries.solid(label, x, y) : PlotSeries.dashed(label, x, y);
    }

    private static double[] unbox(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
