package org.metalnmr.toolkit.forward;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.joml.Vector3d;
import org.joml.Vector3dc;
import org.metalnmr.core.synthesis.SpinPackets;
import org.metalnmr.geometry.cell.NamedDeposit;
import org.metalnmr.geometry.deposit.MossyLayer;
import org.metalnmr.geometry.deposit.WhiskerPopulation;
import org.metalnmr.susceptibility.demag.CylinderDemagnetization;
import org.metalnmr.susceptibility.demag.DemagnetizingFactors;
import org.metalnmr.susceptibility.shift.MetalShiftParameters;
import org.metalnmr.susceptibility.shift.RootedLayerPacking;
import org.metalnmr.toolkit.scenario.Scenario;

/**
 * Builds {@link CellPhysics} from one forward simulation: the foil's packets are the forward model's bulk-metal packets
 * (BMS field over its faces from {@link CellBmsField}, skin-layer weights from {@link CellRfField} and
 * {@code SkinLayerFlip}); the deposits' field offsets are the forward model's cell field at the points where it
 * evaluates them (whisker mid-points, the middle of a porous layer: {@link CellBmsField#particleShiftPpm} without the
 * particle's own term), their RF factors the forward components' total complex weight per nucleus. Nothing is solved
 * twice and no formula is repeated: it reads what {@link ForwardModel} computed.
 */
public final class CellPhysicsExtraction {

    /** Width of the shift bins the foil's packets are gathered into [ppm]: far below any line width of a metal (0.3 ppm and more). */
    static final double FOIL_BIN_PPM = 0.01;
    /**
     * Nodes of the whiskers' packing and cell-field distributions (groups of equal signal): the packed-layer term moves a
     * whisker by p_i dchi (N_p - N_s), up to 0.3 chi at the densest, and the cell field varies over the face by a few
     * ppm, so 8 groups leave steps of a few tenths of a ppm, at or below the lines' widths.
     */
    static final int NODES = 8;

    private CellPhysicsExtraction() {
    }

    /**
     * @param scenario the scenario
     * @param model    the forward model (its grids)
     * @param source   the scenario's name for reports
     * @return the cell's physics, from one forward solve
     */
    public static CellPhysics of(Scenario scenario, ForwardModel model, String source) {
        return of(model.simulate(scenario), source);
    }

    /**
     * @param sim    a forward simulation
     * @param source the scenario's name for reports
     * @return the cell's physics as the morphology model needs it
     */
    public static CellPhysics of(ForwardSimulation sim, String source) {
        Scenario scenario = sim.scenario();
        String element = scenario.nucleus().replaceAll("^[0-9]+", "");
        MetalShiftParameters metal = MetalShiftParameters.of(scenario.material(element), scenario.nucleus());
        double chiPpm = metal.chi() * 1e6;
        CellBmsField bms = sim.bmsField();
        // the bulk metal: every observed-metal part's packets, gathered into fine shift bins with complex weights
        TreeMap<Long, double[]> bins = new TreeMap<>();
        double fwhm = Double.NaN;
        for (Component c : sim.components()) {
            if (c.kind() != ComponentKind.BULK_METAL) {
                continue;
            }
            fwhm = c.fwhmPpm();
            SpinPackets p = c.packets();
            // the accessors copy: once per component
            double[] shifts = p.shiftPpm();
            double[] re = p.weightRe();
            double[] im = p.weightIm();
            for (int i = 0; i < shifts.length; i++) {
                double s = shifts[i];
                double[] b = bins.computeIfAbsent(Math.round(s / FOIL_BIN_PPM), k -> new double[3]);
                double m = Math.hypot(re[i], im[i]);
                b[0] += m * s;
                b[1] += re[i];
                b[2] += im[i];
            }
        }
        if (bins.isEmpty()) {
            throw new org.metalnmr.core.error.InvalidInputException(org.metalnmr.core.error.CoreMessage.NOT_ONE_OF,
                    "scenario " + source, "a cell with a part of the observed metal " + element + " (the foil)", "none");
        }
        double sr = 0;
        double si = 0;
        for (double[] b : bins.values()) {
            sr += b[1];
            si += b[2];
        }
        double norm = sr * sr + si * si;
        int n = bins.size();
        double[] field = new double[n];
        double[] wr = new double[n];
        double[] wi = new double[n];
        int k = 0;
        for (Map.Entry<Long, double[]> e : bins.entrySet()) {
            double[] b = e.getValue();
            double m = Math.hypot(b[1], b[2]);
            double s = m > 0 ? b[0] / m : e.getKey() * FOIL_BIN_PPM;
            field[k] = (s - metal.knightShiftPpm()) / chiPpm;
            // W / sum W
            wr[k] = (b[1] * sr + b[2] * si) / norm;
            wi[k] = (b[2] * sr - b[1] * si) / norm;
            k++;
        }
        CellPhysics.Foil foil = new CellPhysics.Foil(field, wr, wi, -Math.toDegrees(Math.atan2(si, sr)));

        List<WhiskerPopulation> whiskers = new ArrayList<>();
        List<String> whiskerNames = new ArrayList<>();
        List<MossyLayer> porous = new ArrayList<>();
        List<String> porousNames = new ArrayList<>();
        for (NamedDeposit nd : sim.scene().deposits()) {
            if (!nd.deposit().material().equals(element)) {
                continue;
            }
            if (nd.deposit() instanceof WhiskerPopulation w) {
                whiskers.add(w);
                whiskerNames.add(nd.name());
            } else if (nd.deposit() instanceof MossyLayer pl) {
                porous.add(pl);
                porousNames.add(nd.name());
            }
        }
        Vector3dc normal = ForwardModel.stackNormal(sim.scene().parts());
        double tilt = Math.toDegrees(Math.acos(Math.min(1, Math.abs(normal.z()))));
        return new CellPhysics(source, scenario.nucleus(), metal.knightShiftPpm(), metal.chi(), tilt,
                scenario.acquisition().flipAngleDeg(), foil, whiskers(sim, bms, whiskers, whiskerNames, metal.chi()),
                porous(sim, bms, porous, porousNames, metal.chi()), fwhm,
                scenario.acquisition().lineBroadeningHz() / sim.larmorHz() * 1e6);
    }

    private static CellPhysics.DepositField whiskers(ForwardSimulation sim, CellBmsField bms, List<WhiskerPopulation> pops,
                                                     List<String> names, double chi) {
        if (pops.isEmpty()) {
            return null;
        }
        double wSum = 0;
        double offset = 0;
        double host = 0;
        double axial = 0;
        double packing = 0;
        List<double[]> seenPacking = new ArrayList<>();
        List<double[]> seenField = new ArrayList<>();
        Vector3d mid = new Vector3d();
        for (int d = 0; d < pops.size(); d++) {
            WhiskerPopulation w = pops.get(d);
            String name = names.get(d);
            SpinPackets packets = sim.components().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().packets();
            double[] wr = packets.weightRe();
            double[] wi = packets.weightIm();
            int total = (int) Math.min(Integer.MAX_VALUE, w.count());
            double[] bases = w.bases();
            double[] dirs = w.directions();
            double[] radii = w.radii();
            double[] lengths = w.lengths();
            double[] heights = new double[total];
            double[] volumes = new double[total];
            for (int i = 0; i < total; i++) {
                heights[i] = Math.max(lengths[i] * Math.abs(w.cosineToNormal(i)), 2 * radii[i]);
                volumes[i] = Math.PI * radii[i] * radii[i] * lengths[i];
            }
            // the packing each whisker sees along its height, as the forward model computes it
            double[] p = RootedLayerPacking.meanPacking(heights, volumes, w.site().area());
            // packet c of the forward component is whisker c * stride (ForwardModel samples evenly strided whiskers)
            int count = wr.length;
            int stride = Math.max(1, (int) Math.ceil((double) total / count));
            for (int c = 0; c < count && c * stride < total; c++) {
                int i = c * stride;
                // each whisker counts with the signal the forward model gives it (its RF weight)
                double v = Math.hypot(wr[c], wi[c]);
                mid.set(dirs[3 * i], dirs[3 * i + 1], dirs[3 * i + 2]).mul(lengths[i] / 2)
                        .add(bases[3 * i], bases[3 * i + 1], bases[3 * i + 2]);
                // the map's local field of the host at the mid-point: the particle term vanishes at N_zz = 1/3
                double field = bms.particleShiftPpm(mid, chi, 1.0 / 3) / (chi * 1e6);
                offset += v * field;
                host += v * bms.hostChi(mid);
                axial += v * new CylinderDemagnetization(2 * radii[i], lengths[i]).factors().nzz();
                packing += v * p[i];
                wSum += v;
                seenPacking.add(new double[] {p[i], v});
                seenField.add(new double[] {field, v});
            }
        }
        double na = axial / wSum;
        double mean = packing / wSum;
        double[][] pk = nodes(seenPacking, wSum);
        double[][] fd = nodes(seenField, wSum);
        for (int g = 0; g < pk[0].length; g++) {
            pk[0][g] = mean > 0 ? pk[0][g] / mean : 1;
        }
        CellPhysics.DepositField d = deposit(sim, names, offset / wSum * chi * 1e6, host / wSum,
                new DemagnetizingFactors((1 - na) / 2, (1 - na) / 2, na), mean, chi);
        return new CellPhysics.DepositField(d.fieldOffset(), d.hostChi(), d.rfRe(), d.rfIm(), d.particle(), d.packing(), d.nuclei(),
                pk[0], pk[1], fd[0], fd[1]);
    }

    /**
     * @return {node values, node weights}: the weighted means of NODES groups of equal weight, sorted by value (empty
     *         groups dropped; weights sum to 1)
     */
    private static double[][] nodes(List<double[]> valueWeight, double total) {
        valueWeight.sort((a, b) -> Double.compare(a[0], b[0]));
        double[] value = new double[NODES];
        double[] weight = new double[NODES];
        double acc = 0;
        for (double[] e : valueWeight) {
            int g = (int) Math.min(NODES - 1, Math.floor(acc / total * NODES));
            value[g] += e[0] * e[1];
            weight[g] += e[1];
            acc += e[1];
        }
        int used = 0;
        for (int g = 0; g < NODES; g++) {
            if (weight[g] > 0) {
                value[used] = value[g] / weight[g];
                weight[used] = weight[g] / total;
                used++;
            }
        }
        return new double[][] {java.util.Arrays.copyOf(value, used), java.util.Arrays.copyOf(weight, used)};
    }

    private static CellPhysics.DepositField porous(ForwardSimulation sim, CellBmsField bms, List<MossyLayer> layers,
                                                   List<String> names, double chi) {
        if (layers.isEmpty()) {
            return null;
        }
        double vSum = 0;
        double offset = 0;
        double host = 0;
        double axial = 0;
        double packing = 0;
        for (MossyLayer pl : layers) {
            Vector3d mid = new Vector3d(pl.site().normal()).mul(pl.thickness() / 2).add(pl.site().centre());
            double v = pl.totalVolume();
            offset += v * bms.particleShiftPpm(mid, chi, 1.0 / 3);
            host += v * bms.hostChi(mid);
            axial += v * new CylinderDemagnetization(2 * pl.strandRadius(), pl.strandLength()).factors().nzz();
            packing += v * pl.packingFraction();
            vSum += v;
        }
        double na = axial / vSum;
        return deposit(sim, names, offset / vSum, host / vSum, new DemagnetizingFactors((1 - na) / 2, (1 - na) / 2, na),
                packing / vSum, chi);
    }

    private static CellPhysics.DepositField deposit(ForwardSimulation sim, List<String> names, double offsetPpm, double hostChi,
                                                    DemagnetizingFactors particle, double packing, double chi) {
        double wr = 0;
        double wi = 0;
        double nuclei = 0;
        for (Component c : sim.components()) {
            if (names.contains(c.name())) {
                wr += c.packets().totalWeightRe();
                wi += c.packets().totalWeightIm();
                nuclei += c.nuclei();
            }
        }
        return new CellPhysics.DepositField(offsetPpm / (chi * 1e6), hostChi, wr / nuclei, wi / nuclei, particle, packing, nuclei);
    }
}
