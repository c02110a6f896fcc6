package org.metalnmr.examples;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.metalnmr.core.materials.Material;
import org.metalnmr.core.materials.Materials;
import org.metalnmr.core.nuclei.Nuclei;
import org.metalnmr.core.nuclei.Nucleus;
import org.metalnmr.spectra.plot.LinePlot;
import org.metalnmr.spectra.plot.PlotSeries;
import org.metalnmr.core.units.FieldConversions;
import org.metalnmr.rf.skin.SkinDepth;
import org.metalnmr.susceptibility.shift.IsolatedBodyShift;
import org.metalnmr.susceptibility.shift.IsolatedBodyShift.LimitingShape;
import org.metalnmr.susceptibility.shift.MetalShiftParameters;
import org.metalnmr.toolkit.forward.ComponentKind;
import org.metalnmr.toolkit.forward.ComponentSummary;
import org.metalnmr.toolkit.forward.ForwardModel;
import org.metalnmr.toolkit.scenario.Scenario;

/**
 * Designing an in-situ cell: which orientation (cell A or B), which isotope (7Li, or 6Li at natural
 * abundance or enriched) and which field separate the Li foil line from the dendrite line best, with
 * the most dendrite signal?
 *
 * <p>What enters, and how it scales:</p>
 * <ul>
 * <li><b>Line positions</b> (BMS, closed forms of {@link IsolatedBodyShift}, docs/physics.md section 4):
 * foil = plate, dendrites = needles standing on it. Cell B (electrode across B0): foil
 * K - 2 chi/3, dendrites K + chi/3, separation chi (24 ppm for the default chi = 24.1e-6). Cell A
 * (electrode along B0): foil K + chi/3, dendrites across B0 at K - chi/6, separation chi/2, in the
 * wrong order (the dendrites land on the foil's low-ppm side). In ppm the separation does not depend
 * on the field or the isotope; in Hz it grows with the Larmor frequency.</li>
 * <li><b>Linewidth</b> (stated assumption, replace with your own): FWHM = W_inh + W_hom / f0, an
 * inhomogeneous BMS width W_inh = 3 ppm (fixed in ppm, as any susceptibility broadening) plus a
 * homogeneous width W_hom = 200 Hz (fixed in Hz, a T2 of 1.6 ms; the forward model's default of 1 ppm
 * at 194 MHz), the same in Hz for both isotopes (pessimistic for 6Li, whose dipolar and quadrupolar
 * couplings are smaller). Resolution R = separation / FWHM; R &gt;= 1 counts as resolved.</li>
 * <li><b>Sensitivity per nucleus</b>: SNR proportional to x gamma^(5/2) I (I + 1) B0^(3/2) (x the
 * isotope fraction, gamma the gyromagnetic ratio, I the spin): the Curie magnetisation is proportional
 * to gamma^2 I (I + 1) B0 (a factor gamma for the moment, gamma B0 for the polarisation), the voltage
 * it induces to omega0 = gamma B0 times that, and the noise of the coil to omega0^(1/2). This is the
 * usual rule of thumb for the sensitivity of NMR nuclei;
 * with the coil's skin-effect resistance in the noise, Hoult and Richards (J. Magn. Reson. 24, 71,
 * 1976) get omega0^(7/4) instead of omega0^(3/2), which raises all high-field options alike and does not
 * change the ranking. At fixed field it is the receptivity x gamma^3 I (I + 1) divided by gamma^(1/2).</li>
 * <li><b>RF visibility</b>: 1 um dendrites are thinner than the skin depth at every field and isotope
 * here (d &gt;= 9 um), so they count with their whole volume, times the RF field they sit in. The foil
 * counts with its skin layer, so its signal per nucleus scales as d, proportional to f0^(-1/2): 6Li and
 * low fields see more of it. How much RF field reaches the foil and the dendrites in each orientation
 * comes from the forward model: the example simulates the {@code compare-cells} scenario once in cell A
 * and once in cell B (7Li, 500 MHz) and takes the visible fraction of each component. The field
 * pattern around mm-sized metal does not depend on frequency (the metal acts as a perfect diamagnet
 * when d is much smaller than the parts), so these fractions carry over to the other fields and
 * isotopes, the foil's scaled by d / d(7Li, 500 MHz).</li>
 * </ul>
 *
 * <p>Output: a ranked table (resolved options first, then by dendrite signal) and a figure of the
 * resolution and the dendrite signal against field for each orientation and isotope.</p>
 *
 * <p>Run: {@code java -cp examples/target/classes:validation/target/metalnmr.jar
 * org.metalnmr.examples.CellDesign [figure.svg] [--quick]} (two forward simulations, then closed forms).</p>
 */
public final class CellDesign {

    /** Inhomogeneous (BMS) FWHM of each metal line [ppm]; an assumption, see the class comment. */
    static final double INHOMOGENEOUS_FWHM_PPM = 3;
    /** Homogeneous FWHM of each metal line [Hz]; an assumption, see the class comment. */
    static final double HOMOGENEOUS_FWHM_HZ = 200;
    /** Resolution from which two lines count as resolved (separation / FWHM). */
    static final double RESOLVED = 1;
    /** Magnets considered: 1H frequency [MHz]. */
    static final double[] MAGNETS_MHZ = {200, 300, 400, 500, 600, 700, 800};

    /** An isotope choice: the nucleus and its fraction in the Li metal. */
    record Isotope(String label, String nucleus, double fraction) {
    }

    /** The isotope choices. */
    static final List<Isotope> ISOTOPES = List.of(
            new Isotope("7Li", "7Li", Nuclei.bySymbol("7Li").naturalAbundancePercent() / 100),
            new Isotope("6Li (natural, 7.4 %)", "6Li", Nuclei.bySymbol("6Li").naturalAbundancePercent() / 100),
            new Isotope("6Li (95 % enriched)", "6Li", 0.95));

    /** One design option evaluated. */
    record Option(String cell, Isotope isotope, double protonMHz, double foilPpm, double dendritePpm, double separationHz,
                  double fwhmPpm, double resolution, double dendriteSignal, double foilSignal) {
        double separationPpm() {
            return Math.abs(dendritePpm - foilPpm);
        }
    }

    private CellDesign() {
    }

    /**
     * @param args optional output path of the SVG figure (default {@code docs/figures/examples/cell-design.svg})
     *             and {@code --quick}
     */
    public static void main(String[] args) {
        ExampleArgs a = ExampleArgs.parse(args, "docs/figures/examples/cell-design.svg");
        Material li = Materials.byName("Li");

        // 1. how much RF reaches the foil and the dendrites in each orientation: the forward model, 7Li, 500 MHz
        ForwardModel model = CellScenarios.model(a.quick());
        Scenario cellB = CellScenarios.cellB();
        List<ComponentSummary> sb = model.simulate(cellB).summaries();
        List<ComponentSummary> sa = model.simulate(CellScenarios.inCellA(cellB)).summaries();
        double[] dendriteVis = {CellScenarios.first(sa, ComponentKind.WHISKERS).visibleFraction(),
            CellScenarios.first(sb, ComponentKind.WHISKERS).visibleFraction()};
        double[] foilVis = {CellScenarios.first(sa, ComponentKind.BULK_METAL).visibleFraction(),
            CellScenarios.first(sb, ComponentKind.BULK_METAL).visibleFraction()};
        double temperature = cellB.temperatureK();
        Nucleus ref = Nuclei.bySymbol("7Li");
        double dRef = SkinDepth.skinDepth(li, FieldConversions.larmorFrequencyAtProton(ref, 500e6), temperature);
        System.out.println(ExampleArgs.fmt("forward model (7Li, 500 MHz): visible fraction of the dendrites A %.3f, B %.3f; of the foil A %.4f, B %.4f",
                dendriteVis[0], dendriteVis[1], foilVis[0], foilVis[1]));

        // 2. every option: positions, separation, width, resolution and signals (relative to 7Li, cell B, 500 MHz)
        String[] cells = {"A", "B"};
        List<Option> options = new ArrayList<>();
        for (int c = 0; c < 2; c++) {
            for (Isotope iso : ISOTOPES) {
                Nucleus nuc = Nuclei.bySymbol(iso.nucleus());
                MetalShiftParameters metal = MetalShiftParameters.of(li, iso.nucleus());
                // foil: plate with its normal along B0 (cell B) or across (cell A); dendrites: needles along that normal
                double normalTilt = c == 1 ? 0 : Math.PI / 2;
                double foil = IsolatedBodyShift.shiftPpm(metal, LimitingShape.PLATE, normalTilt);
                double dendrites = IsolatedBodyShift.shiftPpm(metal, LimitingShape.NEEDLE, normalTilt);
                for (double mhz : MAGNETS_MHZ) {
                    double f0 = FieldConversions.larmorFrequencyAtProton(nuc, mhz * 1e6);
                    double fwhm = INHOMOGENEOUS_FWHM_PPM + HOMOGENEOUS_FWHM_HZ / f0 * 1e6;
                    double sep = Math.abs(dendrites - foil);
                    double perNucleus = sensitivity(iso, mhz) / sensitivity(ISOTOPES.get(0), 500);
                    double d = SkinDepth.skinDepth(li, f0, temperature);
                    double dendriteSignal = perNucleus * dendriteVis[c] / dendriteVis[1];
                    double foilSignal = perNucleus * foilVis[c] / foilVis[1] * d / dRef;
                    options.add(new Option(cells[c], iso, mhz, foil, dendrites, sep * 1e-6 * f0, fwhm, sep / fwhm, dendriteSignal, foilSignal));
                }
            }
        }

        // 3. the ranking: resolved options first, then by dendrite signal
        List<Option> ranked = new ArrayList<>(options);
        ranked.sort(Comparator.comparing((Option o) -> o.resolution() < RESOLVED).thenComparing(Option::dendriteSignal, Comparator.reverseOrder()));
        System.out.println("rank  cell  isotope                1H [MHz]  foil [ppm]  dendrites [ppm]  separation [ppm]  [Hz]   FWHM [ppm]  "
                + "resolution  dendrite signal  foil signal   (signals relative to 7Li, cell B, 500 MHz)");
        for (int i = 0; i < ranked.size(); i++) {
            Option o = ranked.get(i);
            System.out.println(ExampleArgs.fmt("%4d  %4s  %-21s  %8.0f  %10.1f  %15.1f  %16.1f  %6.0f  %10.1f  %10.2f  %15.3g  %11.3g%s", i + 1,
                    o.cell(), o.isotope().label(), o.protonMHz(), o.foilPpm(), o.dendritePpm(), o.separationPpm(), o.separationHz(), o.fwhmPpm(),
                    o.resolution(), o.dendriteSignal(), o.foilSignal(), o.resolution() < RESOLVED ? "   (not resolved)" : ""));
        }
        Option best = ranked.get(0);
        System.out.println(ExampleArgs.fmt("best: cell %s, %s, %.0f MHz", best.cell(), best.isotope().label(), best.protonMHz()));

        // 4. the figure: resolution and dendrite signal against field, one curve per orientation and isotope
        // (same order, hence the same colour, in both panels; natural and enriched 6Li have the same resolution)
        LinePlot resolution = LinePlot.of("Separation of the foil and dendrite lines / linewidth", "1H frequency of the magnet [MHz]",
                "resolution (separation / FWHM)").withXRange(200, 800).withYRange(0, 12);
        LinePlot signal = LinePlot.of("Dendrite signal relative to 7Li in cell B at 500 MHz", "1H frequency of the magnet [MHz]",
                "relative signal (log)").withXRange(200, 800).withLogY(true).withYRange(1e-5, 1e3);
        for (String cell : cells) {
            for (Isotope iso : ISOTOPES) {
                List<Option> line = options.stream().filter(o -> o.cell().equals(cell) && o.isotope() == iso).toList();
                double[] x = line.stream().mapToDouble(Option::protonMHz).toArray();
                double[] r = line.stream().mapToDouble(Option::resolution).toArray();
                double[] s = line.stream().mapToDouble(Option::dendriteSignal).toArray();
                String label = "cell " + cell + ", " + iso.label();
                resolution = resolution.withSeries(cell.equals("B") ? PlotSeries.solid(label, x, r) : PlotSeries.dashed(label, x, r));
                signal = signal.withSeries(cell.equals("B") ? PlotSeries.solid(label, x, s) : PlotSeries.dashed(label, x, s));
            }
        }
        resolution = resolution.withSeries(PlotSeries.dashed("resolved (= 1)", new double[] {200, 800}, new double[] {RESOLVED, RESOLVED}));
        ExampleFigure.write(a.output(), 1000, 400, List.of(List.of(resolution::draw, signal::draw)));
        System.out.println("wrote " + a.output() + " and " + ExampleFigure.pngPath(a.output()));
    }

    /**
     * @param iso       isotope choice
     * @param protonMHz magnet [MHz 1H]
     * @return x gamma^(5/2) I (I+1) B0^(3/2), the SNR per Li atom up to a common factor
     */
    static double sensitivity(Isotope iso, double protonMHz) {
        Nucleus n = Nuclei.bySymbol(iso.nucleus());
        double b0 = FieldConversions.b0FromProtonFrequency(protonMHz * 1e6);
        return iso.fraction() * Math.pow(Math.abs(n.gyromagneticRatio()), 2.5) * n.spin() * (n.spin() + 1) * Math.pow(b0, 1.5);
    }
}
