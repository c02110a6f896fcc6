package org.metalnmr.toolkit.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.spectra.io.ProcessedSpectrum;
import org.metalnmr.spectra.io.ReadOptions;
import org.metalnmr.spectra.io.SpectrumReaders;
import org.metalnmr.spectra.processing.BaselineCorrection;
import org.metalnmr.spectra.processing.PhaseCorrection;
import org.metalnmr.spectra.processing.PpmWindow;
import org.metalnmr.spectra.processing.ProcessingParameters;
import org.metalnmr.spectra.processing.Referencing;
import org.metalnmr.spectra.processing.SpectrumCorrections;

import picocli.CommandLine.Option;

/**
 * The processing options shared by {@code process}, {@code fit}, {@code fit-series} and
 * {@code integrate} (docs/processing.md): which data are read, the time-domain processing of raw
 * data, phase, baseline and referencing. A command adds them with one {@code @Mixin} and reads with
 * {@link #readOptions()} (or {@link #read}); every value is checked there, and a bad one raises an
 * {@link InvalidInputException} whose one-line message names the option, the value and what is
 * allowed (exit 2).
 */
public final class ProcessingOptions {

    @Option(names = "--source", paramLabel = "processed|raw",
            description = "Bruker data: 'processed' (default) reads TopSpin's pdata/P/1r+1i when present, else the fid;"
                    + " 'raw' always transforms the fid (or ser) here")
    String source;

    @Option(names = "--procno", paramLabel = "P",
            description = "Bruker processing number pdata/P whose 1r (or, for raw data, procs: SF, LB, SI, TDeff) is used"
                    + " (default: 1, else the lowest)")
    Integer procno;

    @Option(names = "--lb-hz", paramLabel = "LB",
            description = "raw data: exponential apodisation, the Lorentzian FWHM added [Hz] (TopSpin em)")
    Double lineBroadeningHz;

    @Option(names = "--gb-hz", paramLabel = "GB",
            description = "raw data: Gaussian apodisation, the FWHM of the Gaussian broadening added [Hz] (not TopSpin's"
                    + " Lorentz-to-Gauss gm)")
    Double gaussianBroadeningHz;

    @Option(names = "--zero-fill", paramLabel = "SI",
            description = "raw data: complex points after zero filling, a power of two (default: from procs, else twice"
                    + " the time points rounded up to a power of two)")
    Integer zeroFill;

    @Option(names = "--time-points", paramLabel = "N",
            description = "raw data: complex time points kept from the start of the FID (default: from procs TDeff, else all)")
    Integer timePoints;

    @Option(names = "--phase", paramLabel = "MODE",
            description = "as-read (default: processed data keep their phase, raw data none), procs (TopSpin's phase: 1r/1i as"
                    + " saved, or PHC0/PHC1 of procs converted for raw data), manual (--phase0-deg/--phase1-deg), auto (ACME, zero and first order), auto0 (ACME, zero"
                    + " order), region:LO:HI (zero order that puts the line in LO:HI ppm in absorption, e.g."
                    + " region:-10:10 for the electrolyte)")
    String phase;

    @Option(names = "--phase0-deg", paramLabel = "DEG", description = "zero-order phase added [deg] (implies --phase manual)")
    Double phase0Deg;

    @Option(names = "--phase1-deg", paramLabel = "DEG",
            description = "first-order phase across the whole width, pivot at the centre (the carrier) [deg]; with manual,"
                    + " auto0 or region")
    Double phase1Deg;

    @Option(names = "--baseline-order", paramLabel = "K",
            description = "subtract a polynomial baseline of order K (0-" + BaselineCorrection.MAX_ORDER
                    + ") fitted over signal-free regions (given by --baseline-region, else found from the noise)")
    Integer baselineOrder;

    @Option(names = "--baseline-region", paramLabel = "LO:HI",
            description = "a signal-free window for the baseline [ppm]; repeat for several")
    List<String> baselineRegions;

    @Option(names = "--reference-offset-ppm", paramLabel = "D", description = "add D ppm to every shift")
    Double referenceOffsetPpm;

    @Option(names = "--reference-line", paramLabel = "LO:HI=PPM",
            description = "per spectrum, put the maximum of the real part in LO:HI ppm at PPM (follows a drifting reference,"
                    + " e.g. -10:10=0 for the electrolyte)")
    String referenceLine;

    @Option(names = "--frequency-mhz", paramLabel = "F",
            description = "the frequency of 0 ppm [MHz] for inputs that do not give it (text or JCAMP-DX on a ppm axis);"
                    + " without it such spectra have a ppm axis only, which is enough unless a quantity in Hz is needed")
    Double frequencyMhz;

    /**
     * @return the library read options these options describe
     * @throws InvalidInputException naming the first bad option and value
     */
    public ReadOptions readOptions() {
        ReadOptions o = ReadOptions.DEFAULT;
        if (source != null) {
            String s = source.trim().toLowerCase(Locale.ROOT);
            if (!s.equals("processed") && !s.equals("raw")) {
                throw new InvalidInputException(CoreMessage.NOT_ONE_OF, "--source", "processed or raw", source);
            }
            o = o.withBrukerSource(s.equals("raw") ? ReadOptions.BrukerSource.RAW : ReadOptions.BrukerSource.PROCESSED_WHEN_PRESENT);
        }
        if (procno != null) {
            if (procno < 1) {
                throw new InvalidInputException(CoreMessage.OUT_OF_RANGE, "--procno", 1, Integer.MAX_VALUE, "", procno);
            }
            o = o.withProcno(procno);
        }
        if (lineBroadeningHz != null || gaussianBroadeningHz != null || zeroFill != null || timePoints != null) {
            ProcessingParameters p = ProcessingParameters.DEFAULT;
            if (lineBroadeningHz != null) {
                p = p.withLineBroadeningHz(nonNegative("--lb-hz", "[Hz]", lineBroadeningHz));
            }
            if (gaussianBroadeningHz != null) {
                p = p.withGaussianBroadeningHz(nonNegative("--gb-hz", "[Hz]", gaussianBroadeningHz));
            }
            if (zeroFill != null) {
                if (zeroFill < 2 || Integer.bitCount(zeroFill) != 1 || zeroFill > ProcessingParameters.MAX_POINTS) {
                    throw new InvalidInputException(CoreMessage.NOT_ONE_OF, "--zero-fill",
                            "a power of two in [2, " + ProcessingParameters.MAX_POINTS + "] [complex points]", zeroFill);
                }
                p = p.withZeroFillPoints(zeroFill);
            }
            if (timePoints != null) {
                if (timePoints < 2) {
                    throw new InvalidInputException(CoreMessage.OUT_OF_RANGE, "--time-points", 2, Integer.MAX_VALUE,
                            "[complex points]", timePoints);
                }
                p = p.withMaxTimePoints(timePoints);
            }
            o = o.withProcessing(p);
        }
        if (frequencyMhz != null) {
            if (!Double.isFinite(frequencyMhz) || frequencyMhz <= 0 || frequencyMhz > 2000) {
                throw new InvalidInputException(CoreMessage.OUT_OF_RANGE, "--frequency-mhz", 0, 2000, "[MHz] (> 0)", frequencyMhz);
            }
            o = o.withReferenceFrequencyHz(frequencyMhz * 1e6);
        }
        return o.withCorrections(new SpectrumCorrections(phaseCorrection(), baseline(), referencing()));
    }

    /**
     * Reads an input with these options.
     *
     * @param input a file, folder or zip
     * @return its processed spectra with their records
     */
    public List<ProcessedSpectrum> read(Path input) {
        return SpectrumReaders.readProcessed(input, readOptions());
    }

    /**
     * @param p a processed spectrum
     * @return its record as a map for JSON (the {@code processing} key of fit.json, processing.json)
     */
    public static Map<String, Object> record(ProcessedSpectrum p) {
        return p.record().toMap();
    }

    private PhaseCorrection phaseCorrection() {
        double p1 = phase1Deg == null ? 0 : finite("--phase1-deg", phase1Deg);
        if (phase0Deg != null) {
            finite("--phase0-deg", phase0Deg);
        }
        String mode = phase == null ? (phase0Deg != null || phase1Deg != null ? "manual" : "as-read")
                : phase.trim().toLowerCase(Locale.ROOT);
        String allowed = "as-read, procs, manual, auto, auto0 or region:LO:HI";
        if (phase0Deg != null && !mode.equals("manual")) {
            throw new InvalidInputException(CoreMessage.NOT_ONE_OF, "--phase with --phase0-deg", "manual (or leave --phase out)",
                    phase);
        }
        if (phase1Deg != null && !(mode.equals("manual") || mode.equals("auto0") || mode.startsWith("region:"))) {
            throw new InvalidInputException(CoreMessage.NOT_ONE_OF, "--phase with --phase1-deg", "manual, auto0 or region:LO:HI",
                    phase);
        }
        switch (mode) {
            case "as-read":
                return PhaseCorrection.AS_READ;
            case "procs":
                return PhaseCorrection.procs();
            case "manual":
                return PhaseCorrection.manual(phase0Deg == null ? 0 : phase0Deg, p1);
            case "auto":
                return PhaseCorrection.automatic();
            case "auto0":
                return PhaseCorrection.automaticZeroOrder(p1);
            default:
                if (mode.startsWith("region:")) {
                    return PhaseCorrection.region(window("--phase", mode.substring("region:".length()), phase), p1);
                }
                throw new InvalidInputException(CoreMessage.NOT_ONE_OF, "--phase", allowed, phase);
        }
    }

    private Optional<BaselineCorrection> baseline() {
        List<String> given = baselineRegions == null ? List.of() : baselineRegions;
        if (baselineOrder == null) {
            if (!given.isEmpty()) {
                throw new InvalidInputException(CoreMessage.NOT_ONE_OF, "--baseline-region without --baseline-order",
                        "--baseline-order K (0-" + BaselineCorrection.MAX_ORDER + ") with it", given.get(0));
            }
            return Optional.empty();
        }
        if (baselineOrder < 0 || baselineOrder > BaselineCorrection.MAX_ORDER) {
            throw new InvalidInputException(CoreMessage.OUT_OF_RANGE, "--baseline-order", 0, BaselineCorrection.MAX_ORDER, "",
                    baselineOrder);
        }
        List<PpmWindow> regions = new ArrayList<>();
        for (String r : given) {
            regions.add(window("--baseline-region", r, r));
        }
        return Optional.of(new BaselineCorrection(baselineOrder, regions));
    }

    private Referencing referencing() {
        if (referenceOffsetPpm != null && referenceLine != null) {
            throw new InvalidInputException(CoreMessage.NOT_ONE_OF, "--reference-offset-ppm with --reference-line",
                    "one of the two", referenceOffsetPpm + " and " + referenceLine);
        }
        if (referenceOffsetPpm != null) {
            return Referencing.offset(finite("--reference-offset-ppm", referenceOffsetPpm));
        }
        if (referenceLine != null) {
            int eq = referenceLine.indexOf('=');
            if (eq < 0) {
                throw new InvalidInputException(CoreMessage.NOT_ONE_OF, "--reference-line", "LO:HI=PPM, e.g. -10:10=0",
                        referenceLine);
            }
            PpmWindow w = window("--reference-line", referenceLine.substring(0, eq), referenceLine);
            double target = number("--reference-line", referenceLine.substring(eq + 1), referenceLine, "LO:HI=PPM, e.g. -10:10=0");
            return Referencing.line(w, target);
        }
        return Referencing.NONE;
    }

    /** Parses {@code LO:HI} (numbers may be negative) into a window, naming the option on failure. */
    private static PpmWindow window(String option, String text, String whole) {
        String t = text.trim();
        int colon = t.indexOf(':', t.startsWith("-") ? 1 : 0);
        String allowed = "LO:HI with LO < HI [ppm], e.g. -10:10";
        if (colon < 0) {
            throw new InvalidInputException(CoreMessage.NOT_ONE_OF, option, allowed, whole);
        }
        double lo = number(option, t.substring(0, colon), whole, allowed);
        double hi = number(option, t.substring(colon + 1), whole, allowed);
        if (!(lo < hi)) {
            throw new InvalidInputException(CoreMessage.NOT_ONE_OF, option, allowed, whole);
        }
        return new PpmWindow(lo, hi);
    }

    private static double number(String option, String text, String whole, String allowed) {
        try {
            double v = Double.parseDouble(text.trim());
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidInputException(CoreMessage.NOT_ONE_OF, option, allowed, whole);
    }

    private static double finite(String option, double v) {
        if (!Double.isFinite(v)) {
            throw new InvalidInputException(CoreMessage.NOT_FINITE, option, v);
        }
        return v;
    }

    private static double nonNegative(String option, String unit, double v) {
        if (!Double.isFinite(v) || v < 0) {
            throw new InvalidInputException(CoreMessage.NEGATIVE, option, unit, v);
        }
        return v;
    }
}
