package org.metalnmr.toolkit.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.joml.Vector3d;
import org.metalnmr.core.error.Checks;
import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.susceptibility.voxel.BodyRasterizer;
import org.metalnmr.susceptibility.voxel.FieldKernel;
import org.metalnmr.susceptibility.voxel.SingleBodyFieldSolve;
import org.metalnmr.toolkit.ToolkitMessage;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code metalnmr field}: voxel field solve of one body in B0, compared with its closed form. */
@Command(name = "field", mixinStandardHelpOptions = true,
        description = {"Voxel FFT solve of the BMS shift of one body in B0 (along z), compared with the closed form.",
            "--size-m: semi-axes a,b,c for an ellipsoid, the radius for a sphere, edges a,b,c for a prism, diameter,length for a cylinder.",
            "The box is N voxels per axis, padding included; the body's diameter spans N/2 voxels; its third axis is tilted by --tilt-deg from B0 in the x-z plane.",
            "insideMeanPpm/insideStdPpm: over voxels fully inside; analyticPpm: chi(1/3 - N_zz) for ellipsoids and spheres (else null); "
                    + "magnetometricPpm: chi(1/3 - N_zz) with the magnetometric factor (the volume average over the body); "
                    + "seconds: warm wall time of one solve."})
final class FieldCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--shape", required = true, paramLabel = "SHAPE", description = "sphere|ellipsoid|prism|cylinder")
    String shape;

    @Option(names = "--size-m", required = true, split = ",", paramLabel = "a,b,c", description = "sizes [m] (see above)")
    double[] sizeM;

    @Option(names = "--tilt-deg", paramLabel = "A", defaultValue = "0", description = "tilt of the body z axis from B0 [degrees] (default ${DEFAULT-VALUE})")
    double tiltDeg;

    @Option(names = "--chi", required = true, paramLabel = "X", description = "volume susceptibility (SI)")
    double chi;

    @Option(names = "--grid", required = true, paramLabel = "N", description = "voxels per axis of the box, 8..2048, even with prime factors 2, 3, 5, 7 only (e.g. 64, 96, 128, 256)")
    int grid;

    @Option(names = "--kernel", paramLabel = "K", defaultValue = "cell", description = "dipole (k-space) or cell (cell-averaged, exact for voxels) (default ${DEFAULT-VALUE})")
    String kernel;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Override
    public Integer call() {
        FieldKernel k = switch (kernel) {
            case "dipole" -> FieldKernel.DIPOLE_K_SPACE;
            case "cell" -> FieldKernel.CELL_AVERAGED;
            default -> throw new InvalidInputException(CoreMessage.NOT_ONE_OF, "--kernel", "dipole|cell", kernel);
        };
        Checks.inRange("--tilt-deg", "[degrees]", -360, 360, tiltDeg);
        Checks.inRange("--chi", "[1, SI volume]", -1, 1, chi);
        Checks.inRange("--grid", "[voxels]", 8, 2048, grid);
        for (double v : sizeM) {
            Checks.positive("--size-m", "[m]", v);
        }
        BodyRasterizer.Shape s;
        Vector3d half;
        switch (shape) {
            case "sphere" -> {
                count(1, "1 value: the radius [m]");
                s = BodyRasterizer.Shape.ELLIPSOID;
                half = new Vector3d(sizeM[0], sizeM[0], sizeM[0]);
            }
            case "ellipsoid" -> {
                count(3, "3 values: semi-axes a,b,c [m]");
                s = BodyRasterizer.Shape.ELLIPSOID;
                half = new Vector3d(sizeM[0], sizeM[1], sizeM[2]);
            }
            case "prism" -> {
                count(3, "3 values: edges a,b,c [m]");
                s = BodyRasterizer.Shape.PRISM;
                half = new Vector3d(sizeM[0] / 2, sizeM[1] / 2, sizeM[2] / 2);
            }
            case "cylinder" -> {
                count(2, "2 values: diameter,length [m]");
                s = BodyRasterizer.Shape.CYLINDER;
                half = new Vector3d(sizeM[0] / 2, sizeM[0] / 2, sizeM[1] / 2);
            }
            default -> throw new InvalidInputException(CoreMessage.NOT_ONE_OF, "--shape", "sphere|ellipsoid|prism|cylinder", shape);
        }
        SingleBodyFieldSolve.Result res = SingleBodyFieldSolve.solve(s, half, Math.toRadians(tiltDeg), chi, grid, k,
                Runtime.getRuntime().availableProcessors());
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("shape", shape);
        r.put("kernel", kernel);
        r.put("chi", chi);
        r.put("tiltDeg", tiltDeg);
        r.put("insideMeanPpm", res.insideMeanPpm());
        r.put("insideStdPpm", res.insideStdPpm());
        r.put("insideVoxels", res.insideVoxels());
        r.put("analyticPpm", res.analyticPpm().isPresent() ? res.analyticPpm().getAsDouble() : null);
        r.put("magnetometricPpm", res.magnetometricPpm());
        r.put("gridN", grid);
        r.put("voxelSizeM", res.voxelSizeM());
        r.put("seconds", res.seconds());
        JsonOutput.print(spec.commandLine().getOut(), json, r);
        return 0;
    }

    private void count(int n, String what) {
        if (sizeM.length != n) {
            throw new InvalidInputException(ToolkitMessage.VALUE_COUNT, "--size-m", "--shape " + shape, what, sizeM.length);
        }
    }
}
