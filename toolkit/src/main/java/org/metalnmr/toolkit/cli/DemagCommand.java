package org.metalnmr.toolkit.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.susceptibility.demag.CylinderDemagnetization;
import org.metalnmr.susceptibility.demag.DemagnetizationModel;
import org.metalnmr.susceptibility.demag.DemagnetizingFactors;
import org.metalnmr.susceptibility.demag.EllipsoidDemagnetization;
import org.metalnmr.susceptibility.demag.PrismDemagnetization;
import org.metalnmr.toolkit.ToolkitMessage;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code metalnmr demag}: magnetometric demagnetising factors along the body axes (closed forms). */
@Command(name = "demag", mixinStandardHelpOptions = true,
        description = {"Magnetometric demagnetising factors nxx, nyy, nzz along the body axes (trace 1).",
            "ellipsoid: Osborn 1945 (Carlson R_D); prism: Aharoni 1998; cylinder (axis = z): Chen, Brug & Goldfarb 1991."})
final class DemagCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--shape", required = true, paramLabel = "SHAPE", description = "ellipsoid|prism|cylinder")
    String shape;

    @Option(names = "--semi-axes-m", split = ",", paramLabel = "a,b,c", description = "ellipsoid semi-axes along x, y, z [m]")
    double[] semiAxesM;

    @Option(names = "--size-m", split = ",", paramLabel = "a,b,c", description = "prism edge lengths along x, y, z [m]")
    double[] sizeM;

    @Option(names = "--diameter-m", paramLabel = "D", description = "cylinder diameter [m]")
    Double diameterM;

    @Option(names = "--length-m", paramLabel = "L", description = "cylinder length along its axis z [m]")
    Double lengthM;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Override
    public Integer call() {
        DemagnetizationModel model = switch (shape) {
            case "ellipsoid" -> {
                double[] a = three("--semi-axes-m", semiAxesM, "ellipsoid");
                notFor("--size-m", sizeM != null, "ellipsoid", "use --semi-axes-m");
                notFor("--diameter-m/--length-m", diameterM != null || lengthM != null, "ellipsoid", "use --semi-axes-m");
                yield new EllipsoidDemagnetization(a[0], a[1], a[2]);
            }
            case "prism" -> {
                double[] a = three("--size-m", sizeM, "prism");
                notFor("--semi-axes-m", semiAxesM != null, "prism", "use --size-m");
                notFor("--diameter-m/--length-m", diameterM != null || lengthM != null, "prism", "use --size-m");
                yield new PrismDemagnetization(a[0], a[1], a[2]);
            }
            case "cylinder" -> {
                if (diameterM == null || lengthM == null) {
                    throw new InvalidInputException(ToolkitMessage.OPTION_NEEDED, "--shape cylinder", "--diameter-m D and --length-m L");
                }
                notFor("--semi-axes-m/--size-m", semiAxesM != null || sizeM != null, "cylinder", "use --diameter-m and --length-m");
                yield new CylinderDemagnetization(diameterM, lengthM);
            }
            default -> throw new InvalidInputException(CoreMessage.NOT_ONE_OF, "--shape", "ellipsoid|prism|cylinder", shape);
        };
        DemagnetizingFactors f = model.factors();
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("shape", shape);
        r.put("nxx", f.nxx());
        r.put("nyy", f.nyy());
        r.put("nzz", f.nzz());
        JsonOutput.print(spec.commandLine().getOut(), json, r);
        return 0;
    }

    private static double[] three(String option, double[] v, String what) {
        if (v == null) {
            throw new InvalidInputException(ToolkitMessage.OPTION_NEEDED, "--shape " + what, option + " a,b,c");
        }
        if (v.length != 3) {
            throw new InvalidInputException(ToolkitMessage.VALUE_COUNT, option, "--shape " + what, "3 values a,b,c [m]", v.length);
        }
        return v;
    }

    private static void notFor(String option, boolean given, String what, String hint) {
        if (given) {
            throw new InvalidInputException(ToolkitMessage.OPTION_NOT_APPLICABLE, option, "--shape " + what, hint);
        }
    }
}
