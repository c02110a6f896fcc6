package org.metalnmr.toolkit.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.metalnmr.core.error.Checks;
import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.core.materials.Material;
import org.metalnmr.core.materials.Materials;
import org.metalnmr.susceptibility.shift.IsolatedBodyShift;
import org.metalnmr.susceptibility.shift.IsolatedBodyShift.LimitingShape;
import org.metalnmr.susceptibility.shift.MetalShiftParameters;
import org.metalnmr.toolkit.ToolkitMessage;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code metalnmr shift}: line position of an isolated plate, needle or sphere of a metal. */
@Command(name = "shift", mixinStandardHelpOptions = true,
        description = {"Metal line position of an isolated body: shift = Knight shift + chi (1/3 - N_zz) (B0 along z).",
            "plate: N_zz = cos^2(tilt) (tilt = angle between B0 and the plate normal); needle: N_zz = sin^2(tilt)/2 "
                    + "(tilt = angle between B0 and the axis); sphere: 1/3."})
final class ShiftCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--metal", required = true, paramLabel = "M", description = "metal: Li, Na, ...")
    String metal;

    @Option(names = "--shape", required = true, paramLabel = "SHAPE", description = "plate|needle|sphere")
    String shape;

    @Option(names = "--tilt-deg", paramLabel = "A", defaultValue = "0",
            description = "angle between B0 and the plate normal or the needle axis [degrees] (default ${DEFAULT-VALUE})")
    double tiltDeg;

    @Option(names = "--chi", paramLabel = "X", description = "volume susceptibility (SI); default: the material table's default value")
    Double chi;

    @Option(names = "--knight-ppm", paramLabel = "K", description = "Knight shift [ppm]; default: the material table's value for the nucleus")
    Double knightPpm;

    @Option(names = "--nucleus", paramLabel = "N", description = "observed nucleus (default 7Li for Li, 23Na for Na, else the metal's only tabulated one)")
    String nucleus;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Override
    public Integer call() {
        Material m = Materials.byName(metal);
        LimitingShape s = switch (shape) {
            case "plate" -> LimitingShape.PLATE;
            case "needle" -> LimitingShape.NEEDLE;
            case "sphere" -> LimitingShape.SPHERE;
            default -> throw new InvalidInputException(CoreMessage.NOT_ONE_OF, "--shape", "plate|needle|sphere", shape);
        };
        Checks.inRange("--tilt-deg", "[degrees]", -360, 360, tiltDeg);
        double x = chi != null ? Checks.inRange("--chi", "[1, SI volume]", -1, 1, chi) : m.chi();
        String nuc = null;
        double k;
        if (knightPpm != null) {
            k = Checks.finite("--knight-ppm", knightPpm);
            nuc = nucleus;
        } else {
            nuc = nucleus != null ? nucleus : defaultNucleus(m);
            k = m.knightShiftPpm(nuc);
        }
        MetalShiftParameters p = new MetalShiftParameters(k, x);
        double total = IsolatedBodyShift.shiftPpm(p, s, Math.toRadians(tiltDeg));
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("metal", m.name());
        r.put("nucleus", nuc);
        r.put("shape", shape);
        r.put("tiltDeg", tiltDeg);
        r.put("shiftPpm", total);
        r.put("bmsPpm", total - k);
        r.put("knightPpm", k);
        r.put("chi", x);
        r.put("chiSource", chi != null ? "--chi" : m.defaultSusceptibility().source());
        JsonOutput.print(spec.commandLine().getOut(), json, r);
        return 0;
    }

    private static String defaultNucleus(Material m) {
        return m.defaultNucleus().orElseThrow(() -> new InvalidInputException(ToolkitMessage.OPTION_NEEDED, "--metal " + m.name(),
                "--nucleus (one of " + m.knightShifts().keySet() + ") or --knight-ppm"));
    }
}
