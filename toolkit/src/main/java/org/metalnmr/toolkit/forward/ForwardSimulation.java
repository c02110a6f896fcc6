package org.metalnmr.toolkit.forward;

import java.util.ArrayList;
import java.util.List;

import org.hipparchus.complex.Complex;
import org.metalnmr.core.constants.PhysicalConstants;
import org.metalnmr.core.lineshape.Lorentzian;
import org.metalnmr.core.materials.Materials;
import org.metalnmr.core.synthesis.Acquisition;
import org.metalnmr.core.synthesis.SpectrumSynthesizer;
import org.metalnmr.core.synthesis.SpinPackets;
import org.metalnmr.core.synthesis.SpinPopulation;
import org.metalnmr.core.synthesis.SynthesisResult;
import org.metalnmr.geometry.cell.CellGeometry;
import org.metalnmr.toolkit.quantify.ChargeEquivalent;
import org.metalnmr.toolkit.scenario.Scenario;

/**
 * The outcome of {@link ForwardModel#simulate}: the components with their spin packets, and the
 * field solutions behind them. {@link #synthesize()} turns it into the spectrum the scenario's
 * acquisition records; {@link #summaries()} quantifies each component.
 */
public final class ForwardSimulation {

    private final Scenario scenario;
    private final CellGeometry scene;
    private final double larmorHz;
    private final List<Component> components;
    private final CellBmsField bms;
    private final CellRfField rf;
    private final double[] seconds;
    private final List<VoxelDepositReport> voxelReports;

    ForwardSimulation(Scenario scenario, CellGeometry scene, double larmorHz, List<Component> components, CellBmsField bms,
                      CellRfField rf, double[] seconds) {
        this(scenario, scene, larmorHz, components, bms, rf, seconds, List.of());
    }

    ForwardSimulation(Scenario scenario, CellGeometry scene, double larmorHz, List<Component> components, CellBmsField bms,
                      CellRfField rf, double[] seconds, List<VoxelDepositReport> voxelReports) {
        this.voxelReports = List.copyOf(voxelReports);
        this.seconds = seconds.clone();
        this.scenario = scenario;
        this.scene = scene;
        this.larmorHz = larmorHz;
        this.components = List.copyOf(components);
        this.bms = bms;
        this.rf = rf;
    }

    /** @return the components, in scenario order (metal parts, deposits, lines) */
    public List<Component> components() {
        return components;
    }

    /** @return what went into each voxel deposit's component (empty without voxel deposits) */
    public List<VoxelDepositReport> voxelReports() {
        return voxelReports;
    }

    /** @return the scene that was simulated */
    public CellGeometry scene() {
        return scene;
    }

    /** @return the scenario */
    public Scenario scenario() {
        return scenario;
    }

    /** @return the observed Larmor frequency [Hz], the 0 ppm reference of the spectrum */
    public double larmorHz() {
        return larmorHz;
    }

    /**
     * @return wall times [s] of the three stages: BMS voxelisation and field solve, RF voxelisation and
     *         potential solve, spin packets
     */
    public double[] stageSeconds() {
        return seconds.clone();
    }

    /** @return the BMS field of the stack (for maps) */
    CellBmsField bmsField() {
        return bms;
    }

    /** @return the RF field of the stack (for maps) */
    CellRfField rfField() {
        return rf;
    }

    /** @return the acquisition of the scenario on the sim-core synthesis axis */
    public Acquisition acquisition() {
        var a = scenario.acquisition();
        return new Acquisition(a.spectralWidthHz(), a.points(), larmorHz, a.carrierPpm(), a.lineBroadeningHz(),
                a.phase0Deg(), a.phase1Deg());
    }

    /**
     * @return the spectrum and one spectrum per component (each component's packets convolved with its
     *         homogeneous Lorentzian, then the acquisition's broadening and phases; the scenario's seeded noise, when
     *         its acquisition gives an {@code snr}, on the total spectrum)
     */
    public SynthesisResult synthesize() {
        SpectrumSynthesizer synthesizer = new SpectrumSynthesizer();
        var noise = scenario().acquisition().noise();
        return synthesize(noise.isPresent() ? synthesizer.withNoise(noise.get()) : synthesizer);
    }

    /**
     * @param synthesizer a configured synthesiser (e.g. with noise)
     * @return the spectrum and its components
     */
    public SynthesisResult synthesize(SpectrumSynthesizer synthesizer) {
        List<SpinPopulation> pops = new ArrayList<>();
        for (Component c : components) {
            double hwhmHz = c.fwhmPpm() * 1e-6 * larmorHz / 2;
            pops.add(new SpinPopulation(c.name(), c.packets(), new Lorentzian(hwhmHz)));
        }
        return synthesizer.synthesize(pops, acquisition());
    }

    /** @return what each component amounts to */
    public List<ComponentSummary> summaries() {
        List<ComponentSummary> out = new ArrayList<>();
        for (Component c : components) {
            SpinPackets p = c.packets();
            Complex total = new Complex(p.totalWeightRe(), p.totalWeightIm());
            double[] s = p.shiftPpm();
            double[] wr = p.weightRe();
            double[] wi = p.weightIm();
            double num = 0;
            double den = 0;
            for (int i = 0; i < s.length; i++) {
                double m = Math.hypot(wr[i], wi[i]);
                num += m * s[i];
                den += m;
            }
            double integralMol = total.norm() / PhysicalConstants.AVOGADRO;
            double nucleiMol = c.nuclei() / PhysicalConstants.AVOGADRO;
            double charge = c.kind() == ComponentKind.NON_METAL ? 0
                    : ChargeEquivalent.milliampereHoursFromVolume(Materials.byName(c.material()), c.volumeM3());
            out.add(new ComponentSummary(c.name(), c.kind(), integralMol, den == 0 ? Double.NaN : num / den,
                    -Math.toDegrees(total.getArgument()), nucleiMol, nucleiMol == 0 ? 0 : integralMol / nucleiMol,
                    integralMol == 0 ? Double.POSITIVE_INFINITY : nucleiMol / integralMol, charge));
        }
        return out;
    }
}
