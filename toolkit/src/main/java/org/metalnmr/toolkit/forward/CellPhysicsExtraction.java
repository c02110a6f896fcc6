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
import org.metalnmr.geometry.deposit.OrientationDistribution;
import org.metalnmr.geometry.deposit.WhiskerSpec;
import org.metalnmr.geometry.deposit.WhiskerPopulation;
import org.metalnmr.susceptibility.demag.CylinderDemagnetization;
import org.metalnmr.susceptibility.demag.DemagnetizingFactors;
import org.metalnmr.susceptibility.shift.MetalShiftParameters;
import org.metalnmr.toolkit.scenario.DepositEntry;
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
    /**
     * Largest number of sampled whiskers handed to the morphology model (evenly strided from the forward model's
     * packets): its whisker line costs one packet per whisker per evaluation; 20000 whiskers at equal weight leave a
     * relative sampling fluctuation of the line shape near 1/sqrt(20000) = 0.7 %.
     */
    static final int MAX_SAMPLE = 20_000;

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
                double[] b = bins.computeIfAbsent(Math.round(s / FOIL_BIN_PPM), k -> new double[4]);
                double m = Math.hypot(re[i], im[i]);
                b[0] += m * s;
                b[1] += re[i];
                b[2] += im[i];
                b[3] += m;
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
            // the bin's shift: the |W|-weighted mean of its packets (their phases differ where the RF field over the
            // face does, so |sum W| is smaller than sum |W| and is not the normaliser of sum |W| s)
            double s = b[3] > 0 ? b[0] / b[3] : e.getKey() * FOIL_BIN_PPM;
            field[k] = (s - metal.knightShiftPpm()) / chiPpm;
            // W / sum W
            wr[k] = (b[1] * sr + b[2] * si) / norm;
            wi[k] = (b[2] * sr - b[1] * si) / norm;
            k++;
        }
        CellPhysics.Foil foil = new CellPhysics.Foil(field, wr, wi, -Math.toDegrees(Math.atan2(si, sr)));

        List<String> whiskerNames = new ArrayList<>();
        List<MossyLayer> porous = new ArrayList<>();
        List<String> porousNames = new ArrayList<>();
        for (NamedDeposit nd : sim.scene().deposits()) {
            if (!nd.deposit().material().equals(element)) {
                continue;
            }
            if (nd.deposit() instanceof WhiskerPopulation) {
                whiskerNames.add(nd.name());
            } else if (nd.deposit() instanceof MossyLayer pl) {
                porous.add(pl);
                porousNames.add(nd.name());
            }
        }
        Vector3dc normal = ForwardModel.stackNormal(sim.scene().parts());
        double tilt = Math.toDegrees(Math.acos(Math.min(1, Math.abs(normal.z()))));
        return new CellPhysics(source, scenario.nucleus(), metal.knightShiftPpm(), metal.chi(), tilt,
                scenario.acquisition().flipAngleDeg(), foil, whiskers(sim, whiskerNames, metal.chi()),
                porous(sim, bms, porous, porousNames, metal.chi()), fwhm,
                scenario.acquisition().lineBroadeningHz() / sim.larmorHz() * 1e6);
    }

    /**
     * The whiskers as the forward model sampled them ({@link Component#whiskers()}): each with its own axis, packing,
     * cell field, neighbour field and RF weight; summarised (signal-weighted by |W_i|) as the mean cell field, host, axial
     * factor and packing, and as node distributions of the packing and the cell field.
     */
    private static CellPhysics.DepositField whiskers(ForwardSimulation sim, List<String> names, double chi) {
        if (names.isEmpty()) {
            return null;
        }
        List<WhiskerSample> samples = new ArrayList<>();
        List<double[]> seen = new ArrayList<>();
        for (Component c : sim.components()) {
            if (!names.contains(c.name()) || c.whiskers() == null) {
                continue;
            }
            WhiskerSample w = withQuantiles(c.whiskers(), sim.scenario(), c.name());
            samples.add(w);
            for (int i = 0; i < w.size(); i++) {
                // each whisker counts with the signal the forward model gives it (its RF weight)
                seen.add(new double[] {w.cellField()[i], w.hostChi()[i], w.axial()[i], w.packing()[i],
                        Math.hypot(w.weightRe()[i], w.weightIm()[i])});
            }
        }
        if (samples.isEmpty()) {
            return null;
        }
        return deposit(sim, names, seen, chi, WhiskerSample.concat(samples).strided(MAX_SAMPLE));
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

    /**
     * @return the sample with each whisker's quantile F(cos theta_i) in its deposit's orientation law, when the scenario's
     *         law has a spread (von Mises-Fisher, cone); else as it is (the rank then stands for the quantile)
     */
    private static WhiskerSample withQuantiles(WhiskerSample w, Scenario scenario, String name) {
        for (DepositEntry e : scenario.deposits()) {
            if (e.name().equals(name) && e.spec() instanceof WhiskerSpec spec) {
                OrientationDistribution law = spec.orientation();
                double[] u = new double[w.size()];
                double[] a = w.axis();
                double[] n = w.normal();
                for (int i = 0; i < u.length; i++) {
                    u[i] = law.cdfCosine(Math.abs(a[3 * i] * n[3 * i] + a[3 * i + 1] * n[3 * i + 1] + a[3 * i + 2] * n[3 * i + 2]));
                    if (Double.isNaN(u[i])) {
                        return w;
                    }
                }
                return w.withQuantiles(u);
            }
        }
        return w;
    }

    /** The porous / mossy layers: each counts with its metal volume, at the middle of the layer. */
    private static CellPhysics.DepositField porous(ForwardSimulation sim, CellBmsField bms, List<MossyLayer> layers,
                                                   List<String> names, double chi) {
        if (layers.isEmpty()) {
            return null;
        }
        List<double[]> seen = new ArrayList<>();
        for (MossyLayer pl : layers) {
            Vector3d mid = new Vector3d(pl.site().normal()).mul(pl.thickness() / 2).add(pl.site().centre());
            seen.add(new double[] {bms.particleShiftPpm(mid, chi, 1.0 / 3) / (chi * 1e6), bms.hostChi(mid),
                    new CylinderDemagnetization(2 * pl.strandRadius(), pl.strandLength()).factors().nzz(), pl.packingFraction(),
                    pl.totalVolume()});
        }
        return deposit(sim, names, seen, chi, null);
    }

    /**
     * One deposit kind from its particles' sets {cell field per unit chi_0, host chi, axial factor, packing, weight}: the
     * weighted means, the packing and field node distributions, the RF factor and nuclei of the named components.
     */
    private static CellPhysics.DepositField deposit(ForwardSimulation sim, List<String> names, List<double[]> seen, double chi,
                                                    WhiskerSample sample) {
        double[] mean = new double[4];
        double total = 0;
        List<double[]> packing = new ArrayList<>();
        List<double[]> field = new ArrayList<>();
        for (double[] e : seen) {
            for (int q = 0; q < 4; q++) {
                mean[q] += e[4] * e[q];
            }
            total += e[4];
            packing.add(new double[] {e[3], e[4]});
            field.add(new double[] {e[0], e[4]});
        }
        for (int q = 0; q < 4; q++) {
            mean[q] /= total;
        }
        double[][] pk = nodes(packing, total);
        double[][] fd = nodes(field, total);
        for (int g = 0; g < pk[0].length; g++) {
            pk[0][g] = mean[3] > 0 ? pk[0][g] / mean[3] : 1;
        }
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
        double na = mean[2];
        return new CellPhysics.DepositField(mean[0], mean[1], wr / nuclei, wi / nuclei,
                new DemagnetizingFactors((1 - na) / 2, (1 - na) / 2, na), mean[3], nuclei, pk[0], pk[1], fd[0], fd[1], sample);
    }
}
