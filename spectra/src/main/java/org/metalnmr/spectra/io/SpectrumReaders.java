package org.metalnmr.spectra.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.spectra.SpectraMessage;
import org.metalnmr.spectra.io.bruker.BrukerReader;
import org.metalnmr.spectra.io.bruker.TopSpinAsciiReader;
import org.metalnmr.spectra.io.jcamp.JcampDxReader;
import org.metalnmr.spectra.io.text.TextColumnsReader;
import org.metalnmr.spectra.processing.ProcessingParameters;
import org.metalnmr.spectra.processing.ProcessingRecord;
import org.metalnmr.spectra.processing.ProcessingStep;
import org.metalnmr.spectra.processing.SpectrumCorrections;
import org.metalnmr.core.spectrum.Spectrum;

/**
 * The one entry point for reading measured spectra: detects the format of a path and reads it.
 *
 * <p>Detection, in order:
 * <ol>
 *   <li>a folder: Bruker (an experiment {@code N/}, a {@code pdata/P/}, or a folder of numbered
 *       experiment folders, read in numeric order: an operando series);</li>
 *   <li>a zip archive (by its first bytes {@code PK\3\4}): Bruker, read in place;</li>
 *   <li>a file named {@code fid}, {@code ser}, {@code acqus}, {@code 1r}, {@code 1i} or
 *       {@code procs}: its Bruker experiment;</li>
 *   <li>a file named {@code ascii-spec.txt}, or whose first row is {@code 1, intensity, Hz, ppm}:
 *       TopSpin's text export ({@link TopSpinAsciiReader});</li>
 *   <li>a file whose first non-blank characters are {@code ##} (or named {@code .dx}, {@code .jdx},
 *       {@code .jcamp}): JCAMP-DX;</li>
 *   <li>any other file: text columns.</li>
 * </ol>
 * Each spectrum comes labelled with its file or experiment folder ({@code "72/row3"} for the rows
 * of a pseudo-2D). A corrupt or truncated input raises one
 * {@link InvalidInputException} naming the file, what is wrong and what was expected; there are no
 * partial results.
 */
public final class SpectrumReaders {

    private static final BrukerReader BRUKER = new BrukerReader();
    private static final TopSpinAsciiReader TOPSPIN_ASCII = new TopSpinAsciiReader();
    private static final JcampDxReader JCAMP = new JcampDxReader();
    private static final TextColumnsReader TEXT = new TextColumnsReader();

    private SpectrumReaders() {
    }

    /**
     * Reads with {@link ReadOptions#DEFAULT}.
     *
     * @param path a file, folder or zip
     * @return the spectra, never empty
     */
    public static List<LabelledSpectrum> read(Path path) {
        return read(path, ReadOptions.DEFAULT);
    }

    /**
     * Reads and applies the corrections of the options (phase, baseline, referencing), as
     * {@link #readProcessed} does, without the records.
     *
     * @param path    a file, folder or zip
     * @param options the read options
     * @return the spectra, never empty
     * @throws InvalidInputException when the path is missing, unrecognised, corrupt or truncated, or a
     *         processing choice does not apply to the data
     */
    public static List<LabelledSpectrum> read(Path path, ReadOptions options) {
        List<LabelledSpectrum> out = new ArrayList<>();
        for (ProcessedSpectrum p : readProcessed(path, options)) {
            out.add(p.spectrum());
        }
        return out;
    }

    /**
     * Reads, applies the corrections of the options (phase, baseline, referencing) and records what
     * was read and every step made.
     *
     * @param path    a file, folder or zip
     * @param options the read options
     * @return the processed spectra with their records, never empty
     * @throws InvalidInputException when the path is missing, unrecognised, corrupt or truncated, or a
     *         processing choice does not apply to the data (time-domain processing of processed data,
     *         TopSpin's phase for raw data, a window outside the spectrum)
     */
    public static List<ProcessedSpectrum> readProcessed(Path path, ReadOptions options) {
        List<ProcessedSpectrum> out = new ArrayList<>();
        for (LabelledSpectrum ls : readerFor(path).read(path, options)) {
            ProcessedSpectrum p = process(path, ls, options);
            requireFinite(p.spectrum(), path);
            out.add(p);
        }
        return out;
    }

    /**
     * The last guard of every read: a spectrum holding NaN or an infinity (from parameters that do not fit the data,
     * e.g. a spectral width of zero, or from samples beyond the double range) is refused, never passed on.
     */
    private static void requireFinite(LabelledSpectrum ls, Path input) {
        double[][] parts = {ls.spectrum().real(), ls.spectrum().imag()};
        for (int p = 0; p < 2; p++) {
            for (int i = 0; i < parts[p].length; i++) {
                if (!Double.isFinite(parts[p][i])) {
                    throw InputFiles.malformed(input + " (" + ls.label() + ")", (p == 0 ? "real" : "imaginary") + " point " + i
                            + " is " + parts[p][i] + " after reading and processing", "finite values: check the file's parameters");
                }
            }
        }
    }

    private static ProcessedSpectrum process(Path input, LabelledSpectrum ls, ReadOptions options) {
        Spectrum s = ls.spectrum();
        Map<String, String> meta = s.metadata();
        String format = meta.getOrDefault("format", "unknown");
        String dataUsed = meta.getOrDefault("dataUsed", format);
        boolean raw = dataUsed.equals("fid") || dataUsed.equals("ser");
        boolean timeDomain = !options.processingFromProcs() || !options.processing().equals(ProcessingParameters.DEFAULT);
        if (!raw && timeDomain) {
            throw new InvalidInputException(CoreMessage.NOT_ONE_OF, "time-domain processing (apodisation, zero filling) of "
                    + meta.getOrDefault("source", input.toString()), "raw data: these act on a FID, and this is a processed"
                    + " spectrum (" + dataUsed + "); read the raw fid of a Bruker experiment (--source raw) or drop them",
                    options.processing().toString());
        }
        List<ProcessingStep> steps = new ArrayList<>();
        Double refHz = s.axis().hasReferenceFrequency() ? s.axis().referenceFrequencyHz() : null;
        Map<String, Object> read = new LinkedHashMap<>();
        read.put("format", format);
        read.put("source", meta.getOrDefault("source", input.toString()));
        read.put("data", dataUsed);
        if (meta.containsKey("procno")) {
            read.put("procno", Integer.parseInt(meta.get("procno")));
        }
        if (meta.containsKey("row")) {
            read.put("row", Integer.parseInt(meta.get("row")));
        }
        read.put("referenceFrequencyHz", refHz);
        read.put("referenceFrequencySource", refHz == null ? "unknown: axis in ppm only"
                : meta.getOrDefault("referenceFrequencySource", meta.getOrDefault("referenceFrequency", "file")));
        if (meta.containsKey("topspinProcessing")) {
            read.put("topspinProcessing", meta.get("topspinProcessing"));
        }
        steps.add(new ProcessingStep("read", read));
        if (meta.containsKey("axisCorrectionPpm")) {
            steps.add(ProcessingStep.of("axis", "shiftPpm", Double.parseDouble(meta.get("axisCorrectionPpm")),
                    "why", "TopSpin's ascii-spec labels bin centres half a point below the axis of its 1r; moved onto the 1r axis"));
        }
        if (raw) {
            String from = meta.getOrDefault("timeDomainFrom", "the read options");
            steps.add(ProcessingStep.of("dc-offset", "removed", Boolean.parseBoolean(meta.get("removeDcOffset")),
                    "method", "mean of the last quarter of the kept points, subtracted from real and imaginary parts"));
            steps.add(ProcessingStep.of("truncate", "timePointsKept", Integer.parseInt(meta.get("timePointsKept")),
                    "timePointsRecorded", Integer.parseInt(meta.get("timePointsRecorded")), "from", from));
            steps.add(ProcessingStep.of("apodization", "lineBroadeningHz", Double.parseDouble(meta.get("lineBroadeningHz")),
                    "gaussianBroadeningHz", Double.parseDouble(meta.get("gaussianBroadeningHz")),
                    "window", "exp(-pi LB t) exp(-(pi GB t)^2 / (4 ln 2))", "from", from));
            steps.add(ProcessingStep.of("zero-fill", "points", Integer.parseInt(meta.get("fftSize")), "from", from));
            steps.add(ProcessingStep.of("fourier-transform", "groupDelayPoints", Double.parseDouble(meta.get("groupDelayPoints")),
                    "note", "digital-filter delay removed as a first-order phase; highest frequency first"));
            double p0 = Double.parseDouble(meta.getOrDefault("phc0Deg", "0"));
            double p1 = Double.parseDouble(meta.getOrDefault("phc1Deg", "0"));
            if (p0 != 0 || p1 != 0) {
                steps.add(ProcessingStep.of("phase", "mode", "read options", "phc0Deg", p0, "phc1Deg", p1));
            }
        }
        SpectrumCorrections.Corrected c = options.corrections().apply(s, raw);
        steps.addAll(c.steps());
        Integer procno = meta.containsKey("procno") ? Integer.valueOf(meta.get("procno")) : null;
        ProcessingRecord record = new ProcessingRecord(input.toString(), ls.label(), format, dataUsed, procno, refHz, steps);
        LabelledSpectrum out = c.spectrum() == s ? ls : new LabelledSpectrum(ls.label(), c.spectrum());
        return new ProcessedSpectrum(out, record);
    }

    /**
     * Reads several inputs in the order given (e.g. the files of a series); labels that repeat
     * are made unique by appending {@code #2}, {@code #3}, ...
     *
     * @param paths   files, folders or zips
     * @param options the read options
     * @return all spectra
     */
    public static List<LabelledSpectrum> readAll(List<Path> paths, ReadOptions options) {
        List<LabelledSpectrum> out = new ArrayList<>();
        Set<String> labels = new HashSet<>();
        for (Path p : paths) {
            for (LabelledSpectrum s : read(p, options)) {
                String label = s.label();
                int k = 2;
                while (!labels.add(label)) {
                    label = s.label() + "#" + k++;
                }
                out.add(label.equals(s.label()) ? s : new LabelledSpectrum(label, s.spectrum()));
            }
        }
        return out;
    }

    /** @return the readers in detection order: Bruker, TopSpin ascii-spec, JCAMP-DX, text columns */
    public static List<SpectrumReader> readers() {
        return List.of(BRUKER, TOPSPIN_ASCII, JCAMP, TEXT);
    }

    /**
     * @param path a file, folder or zip
     * @return the reader for it
     * @throws InvalidInputException when missing or a folder that holds no Bruker data
     */
    public static SpectrumReader readerFor(Path path) {
        if (Files.isDirectory(path)) {
            if (BRUKER.canRead(path)) {
                return BRUKER;
            }
            throw new InvalidInputException(SpectraMessage.INPUT_FOLDER_NOT_BRUKER, path);
        }
        if (!Files.isRegularFile(path)) {
            throw new InvalidInputException(CoreMessage.FILE_UNREADABLE, path, "no such file or folder");
        }
        String name = path.getFileName().toString();
        if (isZip(path) || Set.of("fid", "ser", "acqus", "1r", "1i", "procs").contains(name)) {
            return BRUKER;
        }
        if (TOPSPIN_ASCII.canRead(path)) {
            return TOPSPIN_ASCII;
        }
        if (JCAMP.canRead(path)) {
            return JCAMP;
        }
        if (name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
            return BRUKER;
        }
        return TEXT;
    }

    private static boolean isZip(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        } catch (IOException e) {
            throw new InvalidInputException(e, CoreMessage.FILE_UNREADABLE, path, e.getMessage());
        }
    }
}
