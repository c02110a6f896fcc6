package org.metalnmr.toolkit.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.core.error.MetalNmrException;
import org.metalnmr.spectra.fit.FitResult;
import org.metalnmr.spectra.fit.SpectrumFitter;
import org.metalnmr.spectra.fit.SpectrumModel;
import org.metalnmr.spectra.fit.model.LineModels;
import org.metalnmr.spectra.io.LabelledSpectrum;
import org.metalnmr.spectra.io.ProcessedSpectrum;
import org.metalnmr.spectra.output.AtomicFiles;
import org.metalnmr.core.spectrum.Spectrum;
import org.metalnmr.toolkit.morphology.CellOrientation;
import org.metalnmr.toolkit.morphology.MorphologyModel;
import org.metalnmr.toolkit.morphology.MorphologyReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code metalnmr fit}: fits one measured spectrum with {@code peaks:N}, a model file or the physical
 * {@code morphology} model; for {@code morphology --cell auto} both cell orientations are fitted and the one
 * with the lower BIC is reported (with the comparison in fit.json).
 */
@Command(name = "fit", mixinStandardHelpOptions = true,
        description = "Fits the real part of one spectrum (text columns, JCAMP-DX, Bruker folder or zip) by bounded least squares;"
                + " writes fit.json, fit.csv and fit.svg into --out.")
final class FitCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SPECTRUM", description = "the spectrum: a text, JCAMP-DX or Bruker file, folder or zip")
    Path input;

    @Option(names = "--model", required = true, paramLabel = "MODEL",
            description = "peaks:N (N pseudo-Voigt lines and one phase), a JSON model file (docs/fitting.md), or morphology")
    String model;

    @Mixin
    FitRangeOptions fitRange;

    @Mixin
    MorphologyOptions morphology;

    @Mixin
    ProcessingOptions processing;

    @Option(names = "--starts", paramLabel = "N", defaultValue = "1", description = "number of starts, the best is kept (default ${DEFAULT-VALUE})")
    int starts;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "seed of the jittered starts (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder (created)")
    Path out;

    @Option(names = "--json", description = "print one JSON object (the content of fit.json)")
    boolean json;

    @Override
    public Integer call() throws Exception {
        return ClaimedOutput.run(out, List.of(input), folder -> fitInto());
    }

    private Integer fitInto() {
        List<ProcessedSpectrum> spectra = processing.read(input);
        if (spectra.size() != 1) {
            throw new InvalidInputException(CoreMessage.NOT_ONE_OF, "number of spectra in " + input, "1 (use fit-series for a series)",
                    spectra.size());
        }
        LabelledSpectrum ls = spectra.get(0).spectrum();
        double[] r = fitRange.rangePpm();
        SpectrumFitter fitter = configure(r, fitRange.noise, starts, seed, model).withErrorsScaledByReducedChiSquare(fitRange.scaleErrors);
        FitResult result;
        Map<String, Object> report;
        List<String> notes = List.of();
        if (isMorphology(model)) {
            List<CellOrientation> cells = morphology.autoCell() ? List.of(CellOrientation.cellA(), CellOrientation.cellB())
                    : List.of(morphology.orientation());
            List<FitReports.MorphologyFit> fits = new java.util.ArrayList<>();
            for (CellOrientation c : cells) {
                MorphologyModel mm = morphologyModel(morphology, c, ls.spectrum(), r, fitRange.baseline);
                fits.add(new FitReports.MorphologyFit(mm, fitter.fit(ls.spectrum(), mm)));
            }
            FitReports.MorphologyFit best = fits.stream().min(java.util.Comparator.comparingDouble(f -> f.result().bic())).orElseThrow();
            result = best.result();
            report = FitReports.json(result, input.toString(), ls.label(), r);
            MorphologyReport derived = MorphologyReport.of(best.model(), result, morphology.integralPerMol());
            notes = FitReports.morphologyNotes(best.model(), result, fitRange.scaleErrors);
            report.put("morphology", FitReports.morphologyJson(best, derived, fits.size() > 1 ? fits : List.of(), notes));
        } else {
            SpectrumModel m = resolveModel(model, ls.spectrum(), r, fitRange.baseline, morphology);
            result = fitter.fit(ls.spectrum(), m);
            report = FitReports.json(result, input.toString(), ls.label(), r);
        }
        report.put("processing", ProcessingOptions.record(spectra.get(0)));
        try {
            Files.createDirectories(out);
        } catch (java.io.IOException e) {
            throw new InvalidInputException(e, CoreMessage.FILE_UNWRITABLE, out, e.getMessage());
        }
        AtomicFiles.writeString(out.resolve("fit.json"), toJson(report));
        AtomicFiles.writeString(out.resolve("fit.csv"), FitReports.csv(result));
        FitReports.figure(result, ls.label()).write(out.resolve("fit.svg"));
        for (String w : result.warnings()) {
            spec.commandLine().getErr().println("metalnmr fit: warning: " + w);
        }
        for (String w : notes) {
            spec.commandLine().getErr().println("metalnmr fit: warning: " + w);
        }
        if (json) {
            JsonOutput.print(spec.commandLine().getOut(), true, report);
        } else {
            spec.commandLine().getOut().print(FitReports.table(result, ls.label(), notes, fitRange.scaleErrors));
            spec.commandLine().getOut().println("wrote fit.json, fit.csv, fit.svg and fit.png in " + out);
            if (report.get("morphology") instanceof Map<?, ?> mj) {
                spec.commandLine().getOut().println(mj.get("interpretation"));
            }
        }
        return 0;
    }

    /**
     * Relative tolerance of the morphology fits: a cost change of 1e-6 is a chi-square change of 1e-6 chi^2, which for a
     * spectrum the model describes (chi^2 about the number of points, ~1e3) is the fitter's own 1e-3 chi-square step,
     * and for real data that it does not describe exactly (reduced chi-square 1e2-1e3) 1e-3 of the reduced chi-square,
     * equally irrelevant; at 1e-8 an amount that goes to zero creeps through the bound transform for the whole
     * evaluation budget (measured on the operando data: 1200 evaluations and the same optimum as 24 at 1e-6).
     */
    static final double MORPHOLOGY_TOLERANCE = 1e-6;

    static SpectrumFitter configure(double[] range, String noise, int starts, long seed, String model) {
        SpectrumFitter fitter = new SpectrumFitter().withStarts(starts, seed);
        if (isMorphology(model)) {
            fitter = fitter.withTolerance(MORPHOLOGY_TOLERANCE);
        }
        if (range != null) {
            fitter = fitter.withRangePpm(range[0], range[1]);
        }
        if (noise != null) {
            double[] n = FitReports.parseRange(noise, "--noise-ppm");
            fitter = fitter.withNoiseRegionPpm(n[0], n[1]);
        }
        return fitter;
    }

    static boolean isMorphology(String model) {
        return model.trim().equals("morphology");
    }

    /**
     * @param model     peaks:N, a model file or morphology
     * @param s         the spectrum its starting values are guessed from
     * @param range     fit range or null
     * @param baseline  whether to add a linear baseline
     * @param morph     morphology options (with a definite --cell for morphology)
     * @return the model with starting values from s
     */
    static SpectrumModel resolveModel(String model, Spectrum s, double[] range, boolean baseline, MorphologyOptions morph) {
        if (isMorphology(model)) {
            if (morph.autoCell()) {
                throw new InvalidInputException(CoreMessage.NOT_ONE_OF, "--cell for fit-series --model morphology",
                        "A, B or an angle (compare the cells first with fit --model morphology --cell auto)", String.valueOf(morph.cell));
            }
            return morphologyModel(morph, morph.orientation(), s, range, baseline);
        }
        return LineModels.resolve(model, s.axis().ppmValues(), s.real(), range == null ? Double.NaN : range[0],
                range == null ? Double.NaN : range[1], baseline);
    }

    static MorphologyModel morphologyModel(MorphologyOptions morph, CellOrientation cell, Spectrum s, double[] range, boolean baseline) {
        return MorphologyModel.guess(morph.settings(cell, baseline, SpectrumFitter.hasImaginaryPart(s)), s.axis().ppmValues(), s.real(), range == null ? Double.NaN : range[0],
                range == null ? Double.NaN : range[1]);
    }

    static String toJson(Map<String, ?> map) {
        try {
            return JsonOutput.MAPPER.writeValueAsString(map) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new MetalNmrException(e, CoreMessage.FILE_UNWRITABLE, "fit.json", e.getMessage());
        }
    }
}
