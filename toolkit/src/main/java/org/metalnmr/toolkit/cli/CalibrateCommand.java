package org.metalnmr.toolkit.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.toolkit.ToolkitMessage;
import org.metalnmr.core.materials.Materials;
import org.metalnmr.susceptibility.calibration.KnightChiFit;
import org.metalnmr.susceptibility.calibration.OrientationSeriesFit;
import org.metalnmr.toolkit.scenario.Calibration;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code metalnmr calibrate SERIES.csv --geometry G --out FILE}: the Knight shift K and susceptibility chi of a metal from
 * its line position at several orientations, delta_i = K + 1e6 chi (1/3 - N_zz,i) (docs/physics.md section 4), by
 * least squares ({@link OrientationSeriesFit}; weighted when the series gives standard errors). The calibration file
 * it writes is what {@code simulate --calibration} and {@code fit --model morphology --calibration} take.
 */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = {"Knight shift and susceptibility from an orientation series (docs/physics.md section 4; example: Trease et al. 2012).",
            "SERIES is a CSV file: angleDeg,shiftPpm[,shiftStderrPpm] per line ('#' comments and a header line are skipped).",
            "Writes the calibration file FILE (format metalnmr-calibration/1) for simulate --calibration and fit --calibration."})
final class CalibrateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SERIES", description = "orientation series CSV: angleDeg,shiftPpm[,shiftStderrPpm]")
    Path series;

    @Option(names = "--geometry", required = true, paramLabel = "plate-plane|plate-normal|needle",
            description = "what the angle is: plate-plane (between a thin plate's plane and B0, as Trease et al.: N_zz = sin^2),"
                    + " plate-normal (between the plate normal and B0: N_zz = cos^2), needle (between a long needle's axis and B0:"
                    + " N_zz = sin^2 / 2)")
    String geometry;

    @Option(names = "--metal", paramLabel = "METAL", defaultValue = "Li", description = "the metal (default ${DEFAULT-VALUE})")
    String metal = "Li";

    @Option(names = "--nucleus", paramLabel = "NUCLEUS", defaultValue = "7Li", description = "the observed nucleus (default ${DEFAULT-VALUE})")
    String nucleus = "7Li";

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "calibration file to write")
    Path out;

    @Option(names = "--json", description = "print the calibration as one JSON object")
    boolean json;

    @Override
    public Integer call() {
        Materials.byName(metal);
        List<double[]> rows = readSeries(series);
        int n = rows.size();
        double[] nzz = new double[n];
        double[] shift = new double[n];
        double[] sigma = new double[n];
        boolean weighted = rows.stream().allMatch(r -> r.length == 3);
        for (int i = 0; i < n; i++) {
            nzz[i] = nzz(geometry, Math.toRadians(rows.get(i)[0]));
            shift[i] = rows.get(i)[1];
            sigma[i] = weighted ? rows.get(i)[2] : 0;
        }
        KnightChiFit f = weighted ? OrientationSeriesFit.fitWeighted(nzz, shift, sigma) : OrientationSeriesFit.fit(nzz, shift);
        Calibration c = new Calibration(metal, nucleus, f.knightShiftPpm(), f.knightShiftStdErrPpm(), f.chi(), f.chiStdErr(),
                f.correlation(), geometry, n, f.rmsResidualPpm(), series.toString(),
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        c.write(out);
        Map<String, Object> m = c.toMap();
        m.put("weighted", weighted);
        m.put("residualsPpm", java.util.Arrays.stream(f.residualsPpm()).boxed().toList());
        m.put("wrote", out.toAbsolutePath().toString());
        JsonOutput.print(spec.commandLine().getOut(), json, m);
        return 0;
    }

    /**
     * @param geometry  plate-plane, plate-normal or needle
     * @param angleRad  the angle [rad]
     * @return N_zz: plate by its plane's angle alpha to B0: sin^2 alpha; plate by its normal's angle theta: cos^2 theta;
     *         infinitely long needle at angle theta: (1 - cos^2 theta) / 2 (N = 0 along, 1/2 across; docs/physics.md section 4)
     */
    static double nzz(String geometry, double angleRad) {
        double c = Math.cos(angleRad);
        return switch (geometry) {
            case "plate-plane" -> 1 - c * c;
            case "plate-normal" -> c * c;
            case "needle" -> (1 - c * c) / 2;
            default -> throw new InvalidInputException(CoreMessage.NOT_ONE_OF, "--geometry", "plate-plane, plate-normal, needle", geometry);
        };
    }

    static List<double[]> readSeries(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidInputException(e, CoreMessage.FILE_UNREADABLE, file, e.getMessage());
        }
        List<double[]> rows = new ArrayList<>();
        boolean first = true;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\\s*[,;\\t]\\s*");
            if (first && !f[0].matches("[-+0-9.eE]+")) {
                first = false; // header
                continue;
            }
            first = false;
            if (f.length < 2 || f.length > 3) {
                throw new InvalidInputException(ToolkitMessage.ORIENTATION_ROW, file, i + 1,
                        f.length + " columns in '" + line + "'");
            }
            double[] r = new double[f.length];
            for (int k = 0; k < f.length; k++) {
                try {
                    r[k] = Double.parseDouble(f[k]);
                } catch (NumberFormatException e) {
                    throw new InvalidInputException(ToolkitMessage.ORIENTATION_ROW, file, i + 1,
                            "column " + (k + 1) + " is not a number: '" + f[k] + "'");
                }
                if (!Double.isFinite(r[k])) {
                    throw new InvalidInputException(ToolkitMessage.ORIENTATION_ROW, file, i + 1,
                            "column " + (k + 1) + " is not finite: '" + f[k] + "'");
                }
            }
            if (r.length == 3 && r[2] <= 0) {
                throw new InvalidInputException(ToolkitMessage.ORIENTATION_ROW, file, i + 1,
                        "shiftStderrPpm is " + f[2]);
            }
            rows.add(r);
        }
        if (rows.stream().anyMatch(r -> r.length == 3) && rows.stream().anyMatch(r -> r.length == 2)) {
            throw new InvalidInputException(ToolkitMessage.ORIENTATION_STDERR_MIXED, file);
        }
        return rows;
    }
}
