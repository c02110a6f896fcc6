package org.metalnmr.toolkit.cli;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.toolkit.forward.CellPhysics;
import org.metalnmr.toolkit.forward.CellPhysicsExtraction;
import org.metalnmr.toolkit.forward.ForwardModel;
import org.metalnmr.toolkit.morphology.CellOrientation;
import org.metalnmr.toolkit.morphology.MorphologyComponent;
import org.metalnmr.toolkit.morphology.MorphologyParameter;
import org.metalnmr.toolkit.morphology.MorphologySettings;
import org.metalnmr.toolkit.morphology.WhiskerOrientation;
import org.metalnmr.toolkit.scenario.Scenario;
import org.metalnmr.toolkit.scenario.ScenarioFiles;
import picocli.CommandLine.Option;

/** The options of {@code --model morphology} shared by {@code fit} and {@code fit-series} (docs/morphology-model.md). */
final class MorphologyOptions {

    @Option(names = "--cell", paramLabel = "A|B|DEG|auto",
            description = "morphology: electrode orientation: A (normal perpendicular to B0), B (normal along B0), the angle between"
                    + " normal and B0 in degrees, or auto (fit: both A and B, the better by BIC is reported; default auto for fit)")
    String cell;

    @Option(names = "--nucleus", paramLabel = "NUCLEUS", defaultValue = "7Li",
            description = "morphology: observed nucleus; the metal is its element (default ${DEFAULT-VALUE})")
    String nucleus = "7Li";

    @Option(names = "--components", paramLabel = "LIST",
            description = "morphology: components among foil, counter-foil, bent-foil, whiskers, mossy, electrolyte (the electrolyte"
                    + " is added when the fit range holds 0 ppm) (default foil,counter-foil,whiskers fitting complex data,"
                    + " foil,whiskers with --real-part-only)")
    String components;

    @Option(names = "--free", paramLabel = "LIST",
            description = "morphology: fit quantities that are fixed by default: knightPpm, chiPpm, foilPhaseLagDeg, depositOffsetPpm"
                    + " (comma-separated)")
    String free;

    @Option(names = "--fix", paramLabel = "NAME=VALUE[,...]", description = "morphology: hold parameters at values, e.g. mossyPacking=0")
    String fix;

    @Option(names = "--whisker-orientation", paramLabel = "vmf|cone", defaultValue = "vmf",
            description = "morphology: whisker axis distribution about the normal: von Mises-Fisher (kappa = 1/spread^2) or a uniform"
                    + " cone (default ${DEFAULT-VALUE})")
    String whiskerOrientation = "vmf";

    @Option(names = "--lineshape", paramLabel = "voigt|lorentzian", defaultValue = "voigt",
            description = "morphology: line of each metal packet: voigt (homogeneous Lorentzian convolved with a Gaussian field"
                    + " distribution, variances foilGaussVarPpm2, whiskerGaussVarPpm2, mossyGaussVarPpm2 fitted) or lorentzian (held at 0)"
                    + " (default ${DEFAULT-VALUE})")
    String lineshape = "voigt";

    @Option(names = "--real-part-only", defaultValue = "false",
            description = "morphology: fit only the real part even when the spectrum has an imaginary part (default: both "
                    + "parts, each weighted by its own noise, with a linear baseline in each part, the Knight shift and the foil "
                    + "roughness free)")
    boolean realPartOnly;

    @Option(names = "--flip-deg", paramLabel = "DEG", defaultValue = "90",
            description = "morphology: nominal flip angle; sets the foil's skin-layer phase lag (default ${DEFAULT-VALUE})")
    double flipDeg = 90;

    @Option(names = "--integral-per-mol", paramLabel = "X",
            description = "morphology: spectrum integral (data units x ppm) of one mol of metal atoms fully excited; gives whisker and"
                    + " mossy amounts in mol and mAh")
    Double integralPerMol;

    @Option(names = "--calibration", paramLabel = "FILE",
            description = "morphology: calibration file of metalnmr calibrate: holds knightPpm and chiPpm at its values (unless"
                    + " freed or fixed otherwise)")
    java.nio.file.Path calibration;

    @Option(names = "--scenario", paramLabel = "FILE",
            description = "morphology: take the cell's own fields from this scenario (docs/morphology-model.md, \"The morphology model"
                    + " from a scenario\"): the foil's packets from its BMS and RF solves, the cell's field and RF factor where the"
                    + " deposits grow, the host's chi, K, chi, nucleus, flip angle and Korringa widths as in the scenario; the cell"
                    + " orientation is the scenario's")
    java.nio.file.Path scenario;

    /** The cell physics of --scenario, computed once (one forward solve) for every fit of this command. */
    private CellPhysics physics;

    /** @return whether --cell asks for both orientations (never with --scenario: the scenario fixes the cell) */
    boolean autoCell() {
        return scenario == null && (cell == null || cell.trim().equalsIgnoreCase("auto"));
    }

    /**
     * @return the cell physics of --scenario (solved on the first call), null without it
     * @throws InvalidInputException when the scenario cannot be read or has no foil of the observed metal
     */
    CellPhysics physics() {
        if (scenario != null && physics == null) {
            Scenario sc = ScenarioFiles.read(scenario);
            physics = CellPhysicsExtraction.of(sc, ForwardModel.defaults(), scenario.toString());
        }
        return physics;
    }

    /**
     * @return the cell orientation: the scenario's stack normal to B0 with --scenario (A or B when within 0.5 deg of
     *         them), else --cell
     */
    CellOrientation orientation() {
        CellPhysics p = physics();
        if (p == null) {
            return CellOrientation.parse(cell);
        }
        if (p.tiltDeg() < 0.5) {
            return CellOrientation.cellB();
        }
        if (p.tiltDeg() > 89.5) {
            return CellOrientation.cellA();
        }
        return new CellOrientation(p.tiltDeg(), null);
    }

    /**
     * @param orientation the cell orientation
     * @param baseline     whether to add a linear baseline
     * @param hasImaginary whether the spectrum has an imaginary part: then, unless --real-part-only, both parts are fitted,
     *                     with a linear baseline in each, the Knight shift and the foil roughness free
     * @return the settings
     */
    MorphologySettings settings(CellOrientation orientation, boolean baseline, boolean hasImaginary) {
        boolean complex = hasImaginary && !realPartOnly;
        Set<MorphologyParameter> freed = EnumSet.noneOf(MorphologyParameter.class);
        if (free != null && !free.isBlank()) {
            for (String f : free.split(",")) {
                freed.add(MorphologyParameter.byKey(f));
            }
        }
        Map<MorphologyParameter, Double> fixed = new EnumMap<>(MorphologyParameter.class);
        if (fix != null && !fix.isBlank()) {
            for (String f : fix.split(",")) {
                String[] kv = f.split("=");
                try {
                    double value = Double.parseDouble(kv.length == 2 ? kv[1].trim() : "not a NAME=VALUE pair");
                    fixed.put(MorphologyParameter.byKey(kv[0]), value);
                } catch (NumberFormatException e) {
                    throw new InvalidInputException(CoreMessage.NOT_ONE_OF, "--fix", "NAME=VALUE pairs separated by commas, e.g."
                            + " mossyPacking=0", f);
                }
            }
        }
        if (calibration != null) {
            org.metalnmr.toolkit.scenario.Calibration c = org.metalnmr.toolkit.scenario.Calibration.read(calibration);
            if (!c.nucleus().equals(nucleus)) {
                throw new InvalidInputException(CoreMessage.NOT_ONE_OF, "nucleus of --calibration " + calibration, nucleus, c.nucleus());
            }
            if (!freed.contains(MorphologyParameter.KNIGHT_PPM)) {
                fixed.putIfAbsent(MorphologyParameter.KNIGHT_PPM, c.knightShiftPpm());
            }
            if (!freed.contains(MorphologyParameter.CHI_PPM)) {
                fixed.putIfAbsent(MorphologyParameter.CHI_PPM, c.chi() * 1e6);
            }
        }
        switch (lineshape == null ? "voigt" : lineshape.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "voigt" -> {
            }
            case "lorentzian" -> {
                for (MorphologyParameter g : List.of(MorphologyParameter.FOIL_GAUSS_VAR, MorphologyParameter.WHISKER_GAUSS_VAR,
                        MorphologyParameter.MOSSY_GAUSS_VAR)) {
                    fixed.putIfAbsent(g, 0.0);
                }
            }
            default -> throw new InvalidInputException(CoreMessage.NOT_ONE_OF, "--lineshape", "voigt, lorentzian", lineshape);
        }
        if (!(Double.isFinite(flipDeg) && flipDeg > 0 && flipDeg <= 3600)) {
            throw new InvalidInputException(CoreMessage.OUT_OF_RANGE, "--flip-deg", "0 (excluded)", 3600, "[degrees]", flipDeg);
        }
        integralPerMol();
        // the symmetric cell's second electrode is in the default with complex data and no scenario: on the real Li||Li
        // series it halves the reduced chi-square (docs/morphology-model.md section 6.1); the real part alone cannot separate
        // it, and a scenario says itself which metal the cell holds
        String list = components != null ? components : complex && physics() == null ? "foil,counter-foil,whiskers" : "foil,whiskers";
        return new MorphologySettings(nucleus, orientation, MorphologyComponent.parseList(list), true,
                WhiskerOrientation.parse(whiskerOrientation), freed, fixed, flipDeg, baseline || complex, complex).withPhysics(physics());
    }

    /** @return the calibration, NaN when not given */
    double integralPerMol() {
        if (integralPerMol != null && !(Double.isFinite(integralPerMol) && integralPerMol > 0)) {
            throw new InvalidInputException(CoreMessage.NOT_POSITIVE, "--integral-per-mol", "[data units x ppm / mol]", integralPerMol);
        }
        return integralPerMol == null ? Double.NaN : integralPerMol;
    }
}
