package org.metalnmr.validation.rf;

import java.util.Locale;
import org.hipparchus.complex.Complex;
import org.metalnmr.core.constants.PhysicalConstants;
import org.metalnmr.rf.eddy.AppliedField2D;
import org.metalnmr.rf.eddy.ConductorLayout;
import org.metalnmr.rf.eddy.ConductorRegion;
import org.metalnmr.rf.eddy.ConductorSignal;
import org.metalnmr.rf.eddy.CrossSection;
import org.metalnmr.rf.eddy.EddyCurrentProblem2D;
import org.metalnmr.rf.eddy.EddyCurrentSolver2D;
import org.metalnmr.rf.eddy.GridAxis;
import org.metalnmr.rf.eddy.RectilinearGrid2D;
import org.metalnmr.rf.eddy.StrandArrays;
import org.metalnmr.rf.penetration.AxialCylinderPenetration;
import org.metalnmr.rf.penetration.SlabPenetration;
import org.metalnmr.rf.porous.EffectiveMediumConductivity;

/**
 * Explicit random strand arrays (2D solver, RF field along the strands, so the eddy currents run
 * in the cross-section and need connected paths) against the two-scale effective-medium model of
 * {@code rf.porous}: a layer of thickness L with sigma_eff = sigma (p - p_c)/(1 - p_c), field on
 * both faces (slab closed form with d_eff = d / sqrt(sigma_eff/sigma)), times each strand's own
 * axial-cylinder factor. Prints a Markdown table; {@code run(...)} is reused by the unit test.
 */
public final class PorousComparison {

    /** Skin depth of the dense metal [m]. */
    static final double D = 10e-6;

    private PorousComparison() {
    }

    /**
     * @param connected overlapping (connected network) or isolated strands
     * @param p         packing (area) fraction
     * @param s         strand diameter [m]
     * @param layer     layer thickness L [m]
     * @param seed      random seed
     * @return {numeric S/V_metal, packing fraction actually covered}
     */
    public static Complex[] run(boolean connected, double p, double s, double layer, long seed) {
        double height = layer / 2;
        CrossSection strands = connected
                ? StrandArrays.overlapping(-layer / 2, 0, layer / 2, height, s, p, seed)
                : StrandArrays.isolated(-layer / 2, 0, layer / 2, height, s, s / 4, p, seed);
        double f = 1e8;
        double sigma = 2 / (2 * Math.PI * f * PhysicalConstants.MU0 * D * D);
        ConductorLayout l = ConductorLayout.of(new ConductorRegion("strands", strands, sigma));
        double h = s / 8;
        int nx = (int) Math.round(layer / h) + 4;
        int ny = (int) Math.round(height / h);
        // the strands reach the grid edges in y: mirror symmetry continues the layer along y
        RectilinearGrid2D g = new RectilinearGrid2D(GridAxis.uniform(-layer / 2 - 2 * h, layer / 2 + 2 * h, nx),
                GridAxis.uniform(0, height, ny));
        ConductorSignal cs = new EddyCurrentSolver2D().solve(new EddyCurrentProblem2D(l, g, f, AppliedField2D.axial()))
                .signals().get(0);
        return new Complex[] {cs.allComponentsPerArea(), new Complex(cs.areaM2() / (layer * height))};
    }

    /**
     * @param p     packing fraction
     * @param pc    percolation threshold of the effective-medium law
     * @param s     strand diameter [m]
     * @param layer layer thickness [m]
     * @return the model S/V_metal
     */
    public static Complex model(double p, double pc, double s, double layer) {
        double rel = new EffectiveMediumConductivity(pc).relativeConductivity(p);
        Complex macro = rel == 0 ? Complex.ONE : new SlabPenetration(layer, D / Math.sqrt(rel)).signalPerVolume();
        return macro.multiply(new AxialCylinderPenetration(s, D).signalPerVolume());
    }

    /** @param args unused */
    public static void main(String[] args) {
        double s = 2e-6;
        double layer = 4 * D;
        System.out.printf(Locale.ROOT, "strands s = %.1f um, d = %.1f um, layer L = %.0f um (RF field along the strands)%n%n",
                s * 1e6, D * 1e6, layer * 1e6);
        System.out.println("| strands | p target | p covered | numeric S/V | EMA p_c=1/2 (2D Bruggeman) | EMA p_c=0.676 (disk percolation) | dense slab |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- |");
        Complex dense = new SlabPenetration(layer, D).signalPerVolume();
        for (double p : new double[] {0.15, 0.3}) {
            row("isolated", false, p, s, layer, dense);
        }
        for (double p : new double[] {0.5, 0.6, 0.7, 0.8, 0.9, 0.97}) {
            row("overlapping", true, p, s, layer, dense);
        }
    }

    private static void row(String name, boolean connected, double p, double s, double layer, Complex dense) {
        Complex[] r = run(connected, p, s, layer, 42);
        double pc = r[1].getReal();
        Complex m1 = model(pc, 0.5, s, layer);
        Complex m2 = model(pc, 0.676, s, layer);
        System.out.printf(Locale.ROOT, "| %s | %.2f | %.3f | %s | %s | %s | %s |%n", name, p, pc, fmt(r[0]), fmt(m1), fmt(m2), fmt(dense));
    }

    private static String fmt(Complex c) {
        return String.format(Locale.ROOT, "%.3f%+.3fi", c.getReal(), c.getImaginary());
    }
}
