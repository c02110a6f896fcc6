package org.metalnmr.toolkit.forward;

import java.util.List;
import java.util.Locale;

import org.metalnmr.core.error.InternalInvariantException;
import org.metalnmr.core.materials.Material;
import org.metalnmr.toolkit.ToolkitMessage;

/**
 * Plain-text reasons for where each metal component sits: the observed shift is the Knight shift K
 * plus the BMS shift chi (1/3 - N_zz) (docs/physics.md section 4), so a component at delta behaves like a
 * body with effective demagnetising factor along B0 N_zz = 1/3 - (delta - K) / chi: near 1 for a
 * plate across B0 (K - 2chi/3), near 0 for a plate or needle along B0 (K + chi/3), 1/3 for a sphere
 * or an isotropic powder (K). A value outside [0, 1], which no lone body has, is said to come from the fields of the
 * surrounding parts (the stack and the housing add to the body's own BMS field). Its intensity is explained by its RF
 * visibility.
 */
public final class PeakExplanation {

    private PeakExplanation() {
    }

    /**
     * @param report a simulation report
     * @return one paragraph per component and a line per peak
     */
    public static String explain(SimulationReport report) {
        StringBuilder sb = new StringBuilder();
        String nucleus = report.simulation().scenario().nucleus();
        for (ComponentSummary c : report.summaries()) {
            sb.append(String.format(Locale.ROOT, "- %s (%s): %.1f ppm, integral %.3g mol, visible fraction %.3g, phase lag %.0f deg. ",
                    c.name(), c.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '), c.meanShiftPpm(), c.integral(),
                    c.visibleFraction(), c.phaseDeg()));
            if (c.kind() != ComponentKind.NON_METAL) {
                Material m = materialOf(report, c);
                double k = m.knightShiftPpm(nucleus);
                double chiPpm = m.chi() * 1e6;
                double nzz = 1.0 / 3 - (c.meanShiftPpm() - k) / chiPpm;
                sb.append(String.format(Locale.ROOT, "Knight shift %.0f ppm plus BMS %+.1f ppm: it behaves like a body with N_zz = %.2f along B0 (%s). ",
                        k, c.meanShiftPpm() - k, nzz, shapeWord(nzz)));
                if (nzz < 0 || nzz > 1) {
                    sb.append("That is beyond what a body alone can do (0 <= N_zz <= 1): the fields of the parts around it"
                            + " (collectors, pellet, housing) add to its own. ");
                }
                if (c.kind() == ComponentKind.VOXEL_MICROSTRUCTURE) {
                    sb.append("Given voxel by voxel: its own field solved by FFT on the cell's field above the face, each voxel"
                            + " weighted by the cell's B1 there and its depth below the nearest surface (result.json voxelDeposits). ");
                }
                sb.append(c.visibleFraction() > 0.5 ? "It is thinner than the skin depth and fully seen, so its integral counts its metal."
                        : "Only a skin layer of it is seen (and less where the metal screens the RF field), so its integral understates its metal.");
            } else {
                sb.append("A non-metal line at its chemical shift.");
            }
            sb.append('\n');
        }
        List<SpectrumPeak> peaks = report.peaks();
        for (SpectrumPeak p : peaks) {
            sb.append(String.format(Locale.ROOT, "peak at %.1f ppm (FWHM %.1f ppm): %s%n", p.shiftPpm(), p.fwhmPpm(),
                    report.dominantComponentAt(p.shiftPpm())));
        }
        return sb.toString();
    }

    private static Material materialOf(SimulationReport report, ComponentSummary c) {
        for (Component comp : report.simulation().components()) {
            if (comp.name().equals(c.name())) {
                return report.simulation().scenario().material(comp.material());
            }
        }
        throw new InternalInvariantException(ToolkitMessage.COMPONENT_NOT_SIMULATED, c.name(), report.simulation().components());
    }

    private static String shapeWord(double nzz) {
        if (nzz > 0.8) {
            return "a plate lying across B0";
        }
        if (nzz < 0.12) {
            return "a plate or needles standing along B0";
        }
        if (Math.abs(nzz - 1.0 / 3) < 0.08) {
            return "a sphere or randomly oriented metal";
        }
        return nzz > 1.0 / 3 ? "tilted, closer to across B0" : "tilted, closer to along B0";
    }
}
