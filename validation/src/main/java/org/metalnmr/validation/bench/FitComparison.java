package org.metalnmr.validation.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.metalnmr.spectra.fit.FitParameter;
import org.metalnmr.spectra.fit.FitResult;
import org.metalnmr.spectra.fit.SpectrumFitter;
import org.metalnmr.spectra.fit.model.PeaksModel;
import org.metalnmr.spectra.fit.model.PseudoVoigtLinesModel;
import org.metalnmr.core.spectrum.Spectrum;

/**
 * The Java half of {@code validation/scripts/compare-fit-speed.sh}: writes N seeded
 * {@code peaks:2} spectra (8192 points, text columns ppm,real) with the automatic initial values
 * and bounds of each fit into a folder ({@code problem.json}), fits each one repeatedly after a
 * JIT warm-up, and writes the median wall time and the median thread CPU time of one complete fit
 * and the fitted values to {@code java.json} (CPU time is what a fit costs when the machine is
 * shared: a wall time also counts the time the thread waited for a core); {@code fit_scipy.py} then fits the same files from the same starts with
 * scipy.optimize.least_squares. Usage: {@code FitComparison DIR [spectra=5] [repeats=30]}.
 * A benchmark driver, not library code: it prints one summary line.
 */
public final class FitComparison {

    /** Fit range [ppm]. */
    static final double LO = 220;
    static final double HI = 310;

    private FitComparison() {
    }

    /**
     * @param args DIR [spectra] [repeats]
     * @throws IOException when the folder cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int repeats = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        Files.createDirectories(dir);
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        List<Map<String, Object>> problems = new ArrayList<>();
        List<Spectrum> spectra = new ArrayList<>();
        List<PseudoVoigtLinesModel> models = new ArrayList<>();
        for (int s = 0; s < count; s++) {
            Spectrum spectrum = BenchmarkSpectra.twoLines(8192, 1000 + s);
            spectra.add(spectrum);
            String file = "spectrum-" + s + ".csv";
            StringBuilder csv = new StringBuilder("ppm,real\n");
            double[] ppm = spectrum.axis().ppmValues();
            for (int i = 0; i < ppm.length; i++) {
                csv.append(String.format(Locale.ROOT, "%.10f,%.17g%n", ppm[i], spectrum.realAt(i)));
            }
            Files.writeString(dir.resolve(file), csv, StandardCharsets.UTF_8);
            PseudoVoigtLinesModel model = PeaksModel.guess(2, ppm, spectrum.real(), LO, HI, false);
            models.add(model);
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("file", file);
            p.put("names", model.parameters().stream().map(FitParameter::name).toList());
            p.put("initial", model.parameters().stream().map(FitParameter::initial).toList());
            p.put("lower", model.parameters().stream().map(FitParameter::lower).toList());
            p.put("upper", model.parameters().stream().map(FitParameter::upper).toList());
            problems.add(p);
        }
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("rangePpm", List.of(LO, HI));
        problem.put("repeats", repeats);
        problem.put("spectra", problems);
        json.writeValue(dir.resolve("problem.json").toFile(), problem);

        SpectrumFitter fitter = new SpectrumFitter().withRangePpm(LO, HI);
        // JIT warm-up: at least 20 rounds and 8 seconds (the C2 compilation of the model loop can
        // come late on a busy machine; timing before it measures the tier-3 code)
        long warmEnd = System.nanoTime() + 8_000_000_000L;
        for (int w = 0; w < Math.max(20, repeats) || System.nanoTime() < warmEnd; w++) {
            for (int s = 0; s < count; s++) {
                fitter.fit(spectra.get(s), models.get(s));
            }
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Double> medians = new ArrayList<>();
        List<Double> cpuMedians = new ArrayList<>();
        List<Double> mediansGivenSigma = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        List<Object> errors = new ArrayList<>();
        List<Integer> evaluations = new ArrayList<>();
        for (int s = 0; s < count; s++) {
            double[] t = new double[repeats];
            double[] cpu = new double[repeats];
            FitResult r = null;
            for (int k = 0; k < repeats; k++) {
                long c0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                r = fitter.fit(spectra.get(s), models.get(s));
                t[k] = (System.nanoTime() - t0) * 1e-9;
                cpu[k] = (threads.getCurrentThreadCpuTime() - c0) * 1e-9;
            }
            medians.add(median(t));
            cpuMedians.add(median(cpu));
            // the same fit with sigma given: without the automatic noise estimate (scipy does none)
            SpectrumFitter given = fitter.withNoiseSigma(r.noiseSigma());
            for (int k = 0; k < repeats; k++) {
                long t0 = System.nanoTime();
                given.fit(spectra.get(s), models.get(s));
                t[k] = (System.nanoTime() - t0) * 1e-9;
            }
            mediansGivenSigma.add(median(t));
            FitResult last = r;
            values.add(last.parameterNames().stream().map(last::value).toList());
            errors.add(last.parameterNames().stream().map(last::stderr).toList());
            evaluations.add(last.evaluations());
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("fitSeconds", medians);
        out.put("fitCpuSeconds", cpuMedians);
        out.put("fitSecondsGivenSigma", mediansGivenSigma);
        out.put("evaluations", evaluations);
        out.put("values", values);
        out.put("stderr", errors);
        json.writeValue(dir.resolve("java.json").toFile(), out);
        PrintStream o = System.out;
        o.printf(Locale.ROOT, "java: %d spectra, median single fit %.3f ms wall, %.3f ms CPU (evaluations %s); with sigma given %.3f ms%n",
                count, 1e3 * median(medians), 1e3 * median(cpuMedians), evaluations, 1e3 * median(mediansGivenSigma));
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
    }

    private static double median(List<Double> values) {
        return median(values.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
