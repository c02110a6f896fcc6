package org.metalnmr.examples;

import java.util.ArrayList;
import java.util.List;

import org.metalnmr.core.materials.Material;
import org.metalnmr.core.materials.Materials;
import org.metalnmr.core.nuclei.Nuclei;
import org.metalnmr.spectra.plot.LinePlot;
import org.metalnmr.spectra.plot.PlotSeries;
import org.metalnmr.core.units.FieldConversions;
import org.metalnmr.geometry.cell.CellSite;
import org.metalnmr.geometry.deposit.DeadLithiumSpec;
import org.metalnmr.geometry.deposit.FixedSize;
import org.metalnmr.rf.penetration.SpherePenetration;
import org.metalnmr.rf.skin.SkinDepth;
import org.metalnmr.toolkit.forward.ComponentKind;
import org.metalnmr.toolkit.forward.ComponentSummary;
import org.metalnmr.toolkit.forward.ForwardSimulation;
import org.metalnmr.toolkit.quantify.ChargeEquivalent;
import org.metalnmr.toolkit.scenario.DepositEntry;
import org.metalnmr.toolkit.scenario.Scenario;

/**
 * Quantifying dead lithium: how much metal does an NMR integral stand for?
 *
 * <p>A metal body much thicker than the skin depth d is seen only through its skin layer: its signal
 * grows with its surface, not its volume (docs/physics.md section 3). Fragments thinner than d are
 * penetrated through and through, so their integral counts every nucleus, and a calibration against
 * a known amount of Li converts it to mAh. The example puts fragments of dead Li of known amount and
 * size into cell B (spheres of radius 2 to 50 um floating above the carbon electrode, three
 * amounts per size), runs the forward model once, and quantifies every deposit the way an
 * experimentalist would: integral -> moles of Li, calibrated against the electrolyte line (a known
 * 1.34 mmol of Li, fully penetrated, at the coil centre: an internal standard) -> mAh with
 * {@link ChargeEquivalent}. The 100 um Li foil of the same cell is quantified the same way.</p>
 *
 * <p>What to look for: fragments a few um across are recovered on the diagonal (visible fraction about
 * 1); as the diameter passes d (11.6 um for 7Li at 194 MHz and 50 C) the recovered amount falls below
 * the true one, following the closed form of a sphere in a uniform field; the 100 um foil shows only
 * a few percent of its metal. Dead Li is quantifiable because it is fine.</p>
 *
 * <p>Run: {@code java -cp examples/target/classes:validation/target/metalnmr.jar
 * org.metalnmr.examples.DeadLithiumQuantification [figure.svg] [--quick]} (one forward simulation).</p>
 */
public final class DeadLithiumQuantification {

    /** Fragment radii (sphere of equal volume) [m]. */
    static final double[] RADII = {2e-6, 5e-6, 10e-6, 20e-6, 50e-6};
    /** True amounts per size class [mAh]. */
    static final double[] AMOUNTS_MAH = {0.005, 0.02, 0.08};

    private DeadLithiumQuantification() {
    }

    /**
     * @param args optional output path of the SVG figure (default
     *             {@code docs/figures/examples/dead-lithium.svg}) and {@code --quick}
     */
    public static void main(String[] args) {
        ExampleArgs a = ExampleArgs.parse(args, "docs/figures/examples/dead-lithium.svg");
        Material li = Materials.byName("Li");

        // 1. the scenario: cell B, its foil and electrolyte, no whiskers, dead Li fragments of known amount
        Scenario base = CellScenarios.cellB();
        double siteArea = base.buildCell().site(CellSite.WORKING_ELECTRODE).area();
        List<DepositEntry> deposits = new ArrayList<>();
        long seed = 7;
        for (double r : RADII) {
            for (double mah : AMOUNTS_MAH) {
                // fragments per area that hold this charge: mAh -> mol -> volume -> number of spheres
                double volume = ChargeEquivalent.molesFromMilliampereHours(mah) * li.molarMassKgPerMol() / li.densityKgPerM3();
                double count = volume / (4.0 / 3 * Math.PI * r * r * r);
                // spheres (aspect 1) detached from the face into the pellet: at least 150 um above it, centres spread
                // over 100 um more (the forward model reads |B1| no closer than 1.5 RF voxels to a face, as for whiskers)
                DeadLithiumSpec spec = new DeadLithiumSpec("Li", count / siteArea, new FixedSize(r), 1.0, 150e-6, 100e-6);
                deposits.add(new DepositEntry(name(r, mah), CellSite.WORKING_ELECTRODE, seed++, spec));
            }
        }
        Scenario scenario = CellScenarios.with(base, deposits, base.lines());

        // 2. one forward simulation
        ForwardSimulation sim = CellScenarios.model(a.quick()).simulate(scenario);
        List<ComponentSummary> summaries = sim.summaries();

        // 3. calibrate with the electrolyte: integral per mol of Li of a fully penetrated species
        ComponentSummary electrolyte = CellScenarios.first(summaries, ComponentKind.NON_METAL);
        double liMolElectrolyte = base.lines().get(0).amountMol();
        double integralPerMolLi = electrolyte.integral() / liMolElectrolyte;

        // 4. quantify every metal component: recovered mAh against the true mAh of its metal
        double larmor = FieldConversions.larmorFrequency(Nuclei.bySymbol(scenario.nucleus()), scenario.b0Tesla());
        double d = SkinDepth.skinDepth(li, larmor, scenario.temperatureK());
        System.out.println(ExampleArgs.fmt("7Li at %.1f MHz, %.0f K: skin depth d = %.2f um; calibration %.4f mol of integral per mol of Li",
                larmor / 1e6, scenario.temperatureK(), d * 1e6, integralPerMolLi));
        System.out.println("component          diameter/d   true [mAh]  recovered [mAh]  recovered/true");
        double[][] trueMah = new double[RADII.length][AMOUNTS_MAH.length];
        double[][] recMah = new double[RADII.length][AMOUNTS_MAH.length];
        for (int i = 0; i < RADII.length; i++) {
            for (int j = 0; j < AMOUNTS_MAH.length; j++) {
                ComponentSummary c = byName(summaries, name(RADII[i], AMOUNTS_MAH[j]));
                trueMah[i][j] = c.chargeMah();
                recMah[i][j] = ChargeEquivalent.milliampereHoursFromMoles(c.integral() / integralPerMolLi);
                System.out.println(ExampleArgs.fmt("%-17s  %10.2f  %11.4f  %15.4f  %14.3f", c.name(), 2 * RADII[i] / d, trueMah[i][j],
                        recMah[i][j], recMah[i][j] / trueMah[i][j]));
            }
        }
        ComponentSummary foil = CellScenarios.first(summaries, ComponentKind.BULK_METAL);
        double foilThickness = scenario.cell().stack().counterElectrodeThickness();
        double foilTrue = foil.chargeMah();
        double foilRec = ChargeEquivalent.milliampereHoursFromMoles(foil.integral() / integralPerMolLi);
        System.out.println(ExampleArgs.fmt("%-17s  %10.2f  %11.4f  %15.4f  %14.3f   (thickness / d)", "foil (100 um)", foilThickness / d,
                foilTrue, foilRec, foilRec / foilTrue));

        // 5. the figure: recovered against true amount; recovered / true against size
        LinePlot amounts = LinePlot.of("Dead Li in cell B: charge recovered from the 7Li integral against the true charge",
                "true amount [mAh]", "recovered from the integral [mAh]").withLogX(true).withLogY(true).withXRange(1e-3, 100)
                .withYRange(1e-3, 100).withSeries(PlotSeries.dashed("recovered = true", new double[] {1e-3, 100}, new double[] {1e-3, 100}));
        double[] ratioX = new double[RADII.length];
        double[] ratioY = new double[RADII.length];
        for (int i = 0; i < RADII.length; i++) {
            amounts = amounts.withSeries(PlotSeries.solid(ExampleArgs.fmt("fragments %.0f um across (%.1f d)", 2e6 * RADII[i], 2 * RADII[i] / d),
                    trueMah[i], recMah[i]));
            ratioX[i] = 2 * RADII[i] / d;
            double s = 0;
            for (int j = 0; j < AMOUNTS_MAH.length; j++) {
                s += recMah[i][j] / trueMah[i][j];
            }
            ratioY[i] = s / AMOUNTS_MAH.length;
        }
        amounts = amounts.withSeries(ExampleFigure.markers("Li foil, 100 um thick", new double[] {foilTrue}, new double[] {foilRec},
                0.25, 0.25, true, true));

        int n = 121;
        double[] x = new double[n];
        double[] sphere = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = Math.pow(10, -1 + 2.5 * i / (n - 1)); // diameter / d from 0.1 to 30
            sphere[i] = new SpherePenetration(x[i] * d, d).signalPerVolume().norm();
        }
        LinePlot visible = LinePlot.of("Visible fraction (recovered / true) against size", "diameter / skin depth (foil: thickness / d)",
                        "recovered / true").withLogX(true).withLogY(true).withXRange(0.1, 30).withYRange(0.01, 5)
                .withSeries(PlotSeries.dashed("sphere in a uniform field, closed form |S|/V", x, sphere))
                .withSeries(ExampleFigure.markers("dead Li fragments, forward model (mean of 3 amounts)", ratioX, ratioY, 0.08, 0.08, true, true))
                .withSeries(ExampleFigure.markers("Li foil on its Cu collector", new double[] {foilThickness / d},
                        new double[] {foilRec / foilTrue}, 0.08, 0.08, true, true));
        ExampleFigure.write(a.output(), 1000, 440, List.of(List.of(amounts::draw), List.of(visible::draw)));
        System.out.println("wrote " + a.output() + " and " + ExampleFigure.pngPath(a.output()));
    }

    private static String name(double radius, double mah) {
        return ExampleArgs.fmt("dead-r%.0fum-%.3fmAh", radius * 1e6, mah);
    }

    private static ComponentSummary byName(List<ComponentSummary> summaries, String name) {
        return summaries.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }
}
