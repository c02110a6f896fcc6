package org.metalnmr.spectra.io.bruker;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.metalnmr.spectra.io.FileTree;
import org.metalnmr.spectra.io.InputFiles;
import org.metalnmr.spectra.io.LabelledSpectrum;
import org.metalnmr.spectra.io.ReadOptions;
import org.metalnmr.spectra.processing.FidProcessor;
import org.metalnmr.spectra.processing.FreeInductionDecay;
import org.metalnmr.spectra.processing.ProcessingParameters;
import org.metalnmr.core.spectrum.SpectralAxis;
import org.metalnmr.core.spectrum.Spectrum;

/**
 * One Bruker experiment folder ({@code N/} with {@code acqus}, {@code fid} or {@code ser},
 * {@code pdata/P/}) in a {@link FileTree}, read into spectra.
 *
 * <p><b>Which data.</b> A {@code ser} with {@code acqu2s} is a pseudo-2D: each of its
 * {@code acqu2s TD} rows is processed from the raw data into one spectrum (label
 * {@code N/rowK}, K from 1); processed 2D data ({@code 2rr}) are not read. Otherwise, with
 * {@link ReadOptions.BrukerSource#PROCESSED_WHEN_PRESENT}, the processed {@code pdata/P/1r} (and
 * {@code 1i}) is read when present, else the {@code fid} is processed.
 *
 * <p><b>Processed data</b> ({@code 1r}, {@code 1i} with {@code procs}): SI samples of type DTYPP
 * in byte order BYTORDP, intensity = stored value x 2<sup>NC_proc</sup>. Point i is at
 * \( \delta_i = \mathrm{OFFSET} - i\,\mathrm{SW_p}/(\mathrm{SF}\cdot\mathrm{SI}) \) [ppm] with SF
 * [MHz] the frequency of 0 ppm: point 0 at OFFSET and the carrier at point SI/2, consistent with
 * the FFT (checked: OFFSET - (SI/2) step equals (SFO1 - SF)/SF to 2e-5 ppm on the operando data).
 * TopSpin's text export ({@code ascii-spec.txt}) labels the points half a point lower
 * (\( \delta_i - \mathrm{step}/2 \), the centres of SI bins spanning OFFSET to OFFSET - SW_p/SF).
 *
 * <p><b>Raw data</b> ({@code fid}, {@code ser} with {@code acqus}): TD values (TD/2 complex
 * pairs, real first) of type DTYPA in byte order BYTORDA; rows of a {@code ser} are padded to
 * 1024-byte blocks unless the file holds them back to back. Dwell 1/SW_h, carrier SFO1, group
 * delay from {@link DigitalFilter}. Reference frequency (0 ppm): SF of the chosen {@code procs}
 * when the experiment has one (the user's referencing), else BF1. Processing follows
 * {@link ReadOptions#processing()}, with LB (when WDW = 1, exponential), SI and TDeff from
 * {@code procs} when {@link ReadOptions#processingFromProcs()}.
 *
 * <p>The acquisition time is {@code acqus ##$DATE} (seconds since the Unix epoch, written by the
 * spectrometer at the end of the acquisition); all rows of a pseudo-2D carry it.
 */
final class BrukerExperiment {

    /** Row padding of Bruker {@code ser} files [bytes]. */
    private static final int BLOCK_BYTES = 1024;

    private BrukerExperiment() {
    }

    /**
     * @param tree    the tree holding the experiment
     * @param dir     the experiment folder in the tree ({@code ""} for the root)
     * @return whether the folder is an experiment: {@code acqus} with {@code fid} or {@code ser},
     *         or a {@code pdata/P} with {@code 1r} and {@code procs}
     */
    static boolean isExperiment(FileTree tree, String dir) {
        if (tree.isFile(FileTree.join(dir, "acqus"))
                && (tree.isFile(FileTree.join(dir, "fid")) || tree.isFile(FileTree.join(dir, "ser")))) {
            return true;
        }
        return !processedProcnos(tree, dir).isEmpty();
    }

    /** @return the numbered {@code pdata/P} folders holding {@code 1r} and {@code procs}, ascending */
    static List<Integer> processedProcnos(FileTree tree, String dir) {
        String pdata = FileTree.join(dir, "pdata");
        List<Integer> out = new ArrayList<>();
        if (!tree.isDirectory(pdata)) {
            return out;
        }
        for (String name : tree.subdirectories(pdata)) {
            if (name.chars().allMatch(Character::isDigit) && !name.isEmpty() && name.length() < 10) {
                String p = FileTree.join(pdata, name);
                if (tree.isFile(FileTree.join(p, "1r")) && tree.isFile(FileTree.join(p, "procs"))) {
                    out.add(Integer.parseInt(name));
                }
            }
        }
        out.sort(null);
        return out;
    }

    /**
     * Reads an experiment.
     *
     * @param tree    the tree
     * @param dir     the experiment folder
     * @param label   its label
     * @param options the read options
     * @return its spectra (one, or one per row of a pseudo-2D)
     */
    static List<LabelledSpectrum> read(FileTree tree, String dir, String label, ReadOptions options) {
        String acqusPath = FileTree.join(dir, "acqus");
        BrukerParameters acqus = tree.isFile(acqusPath) ? BrukerParameters.parse(tree.read(acqusPath),
                tree.describe(acqusPath)) : null;
        int procno = chooseProcno(tree, dir, options.procno());
        String pdir = procno > 0 ? FileTree.join(dir, "pdata/" + procno) : null;
        BrukerParameters procs = null;
        if (pdir != null && tree.isFile(FileTree.join(pdir, "procs"))) {
            procs = BrukerParameters.parse(tree.read(FileTree.join(pdir, "procs")),
                    tree.describe(FileTree.join(pdir, "procs")));
        }
        boolean hasSer = tree.isFile(FileTree.join(dir, "ser"));
        boolean hasFid = tree.isFile(FileTree.join(dir, "fid"));
        boolean hasProcessed = pdir != null && tree.isFile(FileTree.join(pdir, "1r")) && procs != null;
        if (acqus != null && hasSer) {
            return readSer(tree, dir, label, acqus, procs, procs != null ? procno : 0, options);
        }
        if (hasProcessed && (options.brukerSource() == ReadOptions.BrukerSource.PROCESSED_WHEN_PRESENT
                || acqus == null || !hasFid)) {
            if (options.brukerSource() == ReadOptions.BrukerSource.RAW && !hasFid) {
                throw InputFiles.malformed(tree.describe(dir), "raw data were asked for but there is no fid",
                        "a fid with acqus (or read the processed data)");
            }
            return List.of(new LabelledSpectrum(label, readProcessed(tree, pdir, procno, label, procs, acqus)));
        }
        if (acqus != null && hasFid) {
            return List.of(new LabelledSpectrum(label, readFid(tree, dir, label, acqus, procs, procs != null ? procno : 0, options)));
        }
        throw InputFiles.malformed(tree.describe(dir), "no fid, ser or processed spectrum",
                "a Bruker experiment folder: acqus with fid or ser, or pdata/N/1r with procs");
    }

    private static int chooseProcno(FileTree tree, String dir, int requested) {
        List<Integer> available = processedProcnos(tree, dir);
        if (requested > 0) {
            String p = FileTree.join(dir, "pdata/" + requested);
            if (!tree.isDirectory(p)) {
                throw InputFiles.malformed(tree.describe(p), "no such processing folder",
                        available.isEmpty() ? "a pdata folder" : "one of pdata/" + available);
            }
            return requested;
        }
        if (available.contains(1) || available.isEmpty()) {
            return tree.isDirectory(FileTree.join(dir, "pdata/1")) ? 1 : 0;
        }
        return available.get(0);
    }

    /** Reads {@code 1r} (and {@code 1i}) with {@code procs}. */
    static Spectrum readProcessed(FileTree tree, String pdir, int procno, String label, BrukerParameters procs,
                                  BrukerParameters acqus) {
        String where = procs.source();
        int si = procs.integer("SI");
        if (si < 2) {
            throw InputFiles.malformed(where, "SI = " + si, "SI >= 2 points");
        }
        double sf = positive(procs, "SF");
        double swp = positive(procs, "SW_p");
        double offset = procs.number("OFFSET");
        int nc = procs.integer("NC_proc", 0);
        SampleEncoding enc = SampleEncoding.of(procs.integer("DTYPP", 0), procs.integer("BYTORDP", 0), where);
        double scale = Math.scalb(1.0, nc);
        double[] real = readSamples(tree, FileTree.join(pdir, "1r"), enc, si, scale);
        String imagPath = FileTree.join(pdir, "1i");
        boolean hasImag = tree.isFile(imagPath);
        double[] imag = hasImag ? readSamples(tree, imagPath, enc, si, scale) : new double[si];
        double step = swp / sf / si;
        SpectralAxis axis = new SpectralAxis(si, offset, offset - (si - 1) * step, sf * 1e6);
        Map<String, String> meta = baseMetadata(tree, label, acqus);
        meta.put("format", "Bruker processed (1r/1i + procs)");
        meta.put("source", tree.describe(FileTree.join(pdir, "1r")));
        meta.put("procno", Integer.toString(procno));
        meta.put("imaginary", hasImag ? "1i" : "absent (zeros)");
        meta.put("ncProc", Integer.toString(nc));
        meta.put("dataUsed", "1r");
        meta.put("topspinProcessing", "procs: WDW " + procs.integer("WDW", 0) + ", LB " + procs.optionalNumber("LB").orElse(0)
                + " Hz, SI " + si + ", PHC0 " + procs.optionalNumber("PHC0").orElse(0) + " deg, PHC1 "
                + procs.optionalNumber("PHC1").orElse(0) + " deg, BC_mod " + procs.integer("BC_mod", 0) + ", ABSG "
                + procs.integer("ABSG", 0));
        String title = FileTree.join(pdir, "title");
        if (tree.isFile(title)) {
            String t = new String(tree.read(title), StandardCharsets.ISO_8859_1).strip();
            if (!t.isEmpty()) {
                meta.put("title", t.lines().findFirst().orElse(t).strip());
            }
        }
        return new Spectrum(axis, real, imag, date(acqus), meta);
    }

    private static double[] readSamples(FileTree tree, String path, SampleEncoding enc, int count, double scale) {
        long expected = (long) count * enc.bytes();
        long size = tree.size(path);
        if (size != expected) {
            throw InputFiles.malformed(tree.describe(path), "the file has " + size + " bytes",
                    expected + " bytes (SI = " + count + " samples of " + enc.bytes() + " bytes; "
                            + (size < expected ? "truncated file?)" : "SI in procs does not match the file)"));
        }
        byte[] data = tree.read(path);
        if (data.length != expected) {
            throw InputFiles.malformed(tree.describe(path), "read " + data.length + " bytes", expected + " bytes");
        }
        double[] v = enc.decode(data, 0, count, tree.describe(path));
        if (scale != 1.0) {
            for (int i = 0; i < count; i++) {
                v[i] *= scale;
            }
        }
        return v;
    }

    /** Reads and processes a {@code fid}. */
    private static Spectrum readFid(FileTree tree, String dir, String label, BrukerParameters acqus,
                                    BrukerParameters procs, int procno, ReadOptions options) {
        RawLayout layout = RawLayout.of(acqus);
        String path = FileTree.join(dir, "fid");
        long size = tree.size(path);
        if (size < layout.rowBytes()) {
            throw InputFiles.malformed(tree.describe(path), "the file has " + size + " bytes",
                    "at least " + layout.rowBytes() + " bytes (TD = " + layout.td + " samples of "
                            + layout.encoding.bytes() + " bytes in acqus; truncated file?)");
        }
        byte[] data = tree.read(path);
        if (data.length < layout.rowBytes()) {
            throw InputFiles.malformed(tree.describe(path), "read " + data.length + " bytes",
                    layout.rowBytes() + " bytes");
        }
        Map<String, String> meta = baseMetadata(tree, label, acqus);
        meta.put("source", tree.describe(path));
        if (procno > 0) {
            meta.put("procno", Integer.toString(procno));
        }
        return processRow(data, 0, layout, acqus, procs, options, meta);
    }

    /** Reads and processes every row of a pseudo-2D {@code ser}. */
    private static List<LabelledSpectrum> readSer(FileTree tree, String dir, String label, BrukerParameters acqus,
                                                  BrukerParameters procs, int procno, ReadOptions options) {
        String acqu2s = FileTree.join(dir, "acqu2s");
        String path = FileTree.join(dir, "ser");
        if (!tree.isFile(acqu2s)) {
            throw InputFiles.malformed(tree.describe(path), "a ser without acqu2s",
                    "acqu2s giving the number of rows (TD of the second dimension)");
        }
        if (tree.isFile(FileTree.join(dir, "acqu3s"))) {
            throw InputFiles.malformed(tree.describe(path), "a 3D experiment (acqu3s)",
                    "a 1D fid or a pseudo-2D ser");
        }
        BrukerParameters p2 = BrukerParameters.parse(tree.read(acqu2s), tree.describe(acqu2s));
        int rows = p2.integer("TD");
        if (rows < 1) {
            throw InputFiles.malformed(p2.source(), "TD = " + rows, "at least one row");
        }
        RawLayout layout = RawLayout.of(acqus);
        long rowBytes = layout.rowBytes();
        long padded = (rowBytes + BLOCK_BYTES - 1) / BLOCK_BYTES * BLOCK_BYTES;
        long size = tree.size(path);
        long stride;
        if (size == rows * rowBytes) {
            stride = rowBytes;
        } else if (size >= (rows - 1) * padded + rowBytes) {
            stride = padded;
        } else {
            throw InputFiles.malformed(tree.describe(path), "the file has " + size + " bytes",
                    rows + " rows (acqu2s TD) of " + layout.td + " samples (acqus TD) = at least "
                            + ((rows - 1) * padded + rowBytes) + " bytes (truncated or interrupted acquisition?)");
        }
        byte[] data = tree.read(path);
        if (data.length != size) {
            throw InputFiles.malformed(tree.describe(path), "read " + data.length + " bytes", size + " bytes");
        }
        List<LabelledSpectrum> out = new ArrayList<>(rows);
        for (int r = 0; r < rows; r++) {
            Map<String, String> meta = baseMetadata(tree, label, acqus);
            meta.put("source", tree.describe(path));
            meta.put("row", Integer.toString(r + 1));
            meta.put("rows", Integer.toString(rows));
            if (procno > 0) {
                meta.put("procno", Integer.toString(procno));
            }
            Spectrum s = processRow(data, Math.toIntExact(r * stride), layout, acqus, procs, options, meta);
            out.add(new LabelledSpectrum(label + "/row" + (r + 1), s));
        }
        return out;
    }

    private static Spectrum processRow(byte[] data, int offset, RawLayout layout, BrukerParameters acqus,
                                       BrukerParameters procs, ReadOptions options, Map<String, String> meta) {
        double[] samples = layout.encoding.decode(data, offset, layout.td, acqus.source());
        int n = layout.td / 2;
        double[] re = new double[n];
        double[] im = new double[n];
        for (int j = 0; j < n; j++) {
            re[j] = samples[2 * j];
            im[j] = samples[2 * j + 1];
        }
        double swh = positive(acqus, "SW_h");
        double sfo1 = positive(acqus, "SFO1");
        double bf1 = positive(acqus, "BF1");
        double groupDelay = DigitalFilter.groupDelayPoints(acqus);
        FreeInductionDecay fid = new FreeInductionDecay(re, im, 1.0 / swh, groupDelay, sfo1 * 1e6);
        ProcessingParameters p = options.processing();
        double refMHz = bf1;
        if (procs != null) {
            refMHz = positive(procs, "SF");
            if (options.processingFromProcs()) {
                p = fromProcs(p, procs);
            }
        }
        meta.put("format", "Bruker raw (" + (meta.containsKey("row") ? "ser" : "fid") + " + acqus), processed here");
        meta.put("groupDelayPoints", Double.toString(groupDelay));
        int kept = p.maxTimePoints() > 0 ? Math.min(p.maxTimePoints(), n) : n;
        meta.put("dataUsed", meta.containsKey("row") ? "ser" : "fid");
        meta.put("timePointsRecorded", Integer.toString(n));
        meta.put("timePointsKept", Integer.toString(kept));
        meta.put("fftSize", Integer.toString(p.fftSize(kept)));
        meta.put("lineBroadeningHz", Double.toString(p.lineBroadeningHz()));
        meta.put("gaussianBroadeningHz", Double.toString(p.gaussianBroadeningHz()));
        meta.put("removeDcOffset", Boolean.toString(p.removeDcOffset()));
        meta.put("phc0Deg", Double.toString(p.phc0Deg()));
        meta.put("phc1Deg", Double.toString(p.phc1Deg()));
        meta.put("timeDomainFrom", procs != null && options.processingFromProcs()
                ? "procs (LB when WDW = EM, SI, TDeff) over the read options" : "the read options");
        meta.put("referenceFrequencySource", procs != null ? "SF of procs" : "BF1 of acqus");
        if (procs != null && procs.has("PHC0") && procs.has("PHC1")) {
            meta.put("procsPhc0Deg", Double.toString(procs.number("PHC0")));
            meta.put("procsPhc1Deg", Double.toString(procs.number("PHC1")));
        }
        meta.put("processing", "LB " + p.lineBroadeningHz() + " Hz, GB " + p.gaussianBroadeningHz() + " Hz, "
                + (p.maxTimePoints() > 0 ? "first " + p.maxTimePoints() + " points, " : "")
                + "FFT size " + p.fftSize(p.maxTimePoints() > 0 ? Math.min(p.maxTimePoints(), n) : n)
                + ", PHC0 " + p.phc0Deg() + " deg, PHC1 " + p.phc1Deg() + " deg, reference "
                + (procs != null ? "SF (procs)" : "BF1 (acqus)") + " " + refMHz + " MHz");
        return FidProcessor.process(fid, p, refMHz * 1e6, date(acqus), meta);
    }

    /** LB (when WDW = 1), SI and TDeff of procs over the given processing. */
    private static ProcessingParameters fromProcs(ProcessingParameters p, BrukerParameters procs) {
        ProcessingParameters q = p;
        if (procs.integer("WDW", 0) == 1 && procs.has("LB")) {
            double lb = procs.number("LB");
            if (lb >= 0) {
                q = q.withLineBroadeningHz(lb);
            }
        }
        int si = procs.integer("SI", 0);
        if (si >= 2 && Integer.bitCount(si) == 1 && si <= ProcessingParameters.MAX_POINTS) {
            q = q.withZeroFillPoints(si);
            int tdeff = procs.integer("TDeff", 0);
            int kept = tdeff > 0 ? tdeff / 2 : 0;
            q = q.withMaxTimePoints(kept > 0 && kept <= si ? kept : si);
        }
        return q;
    }

    private static Map<String, String> baseMetadata(FileTree tree, String label, BrukerParameters acqus) {
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("experiment", label);
        if (acqus != null) {
            String nuc = acqus.string("NUC1");
            if (!nuc.isEmpty() && !nuc.equals("off")) {
                meta.put("nucleus", nuc);
            }
            acqus.optionalNumber("SFO1").ifPresent(v -> meta.put("observeFrequencyMHz", Double.toString(v)));
            String pulprog = acqus.string("PULPROG");
            if (!pulprog.isEmpty()) {
                meta.put("pulseProgram", pulprog);
            }
        }
        return meta;
    }

    private static OptionalDouble date(BrukerParameters acqus) {
        return acqus == null ? OptionalDouble.empty() : acqus.optionalNumber("DATE");
    }

    private static double positive(BrukerParameters p, String name) {
        double v = p.number(name);
        if (!(v > 0)) {
            throw InputFiles.malformed(p.source(), "##$" + name + "= " + v, name + " > 0");
        }
        return v;
    }

    /** TD and encoding of raw data. */
    private record RawLayout(int td, SampleEncoding encoding) {

        static RawLayout of(BrukerParameters acqus) {
            int td = acqus.integer("TD");
            if (td < 4 || td % 2 != 0) {
                throw InputFiles.malformed(acqus.source(), "TD = " + td,
                        "an even number >= 4 of samples (complex pairs)");
            }
            int aqMod = acqus.integer("AQ_mod", 3);
            if (aqMod != 1 && aqMod != 3) {
                throw InputFiles.malformed(acqus.source(), "AQ_mod = " + aqMod
                        + (aqMod == 0 ? " (single-channel, real data)" : " (sequential quadrature)"),
                        "simultaneous quadrature data (AQ_mod 1 qsim or 3 DQD)");
            }
            return new RawLayout(td, SampleEncoding.of(acqus.integer("DTYPA", 0), acqus.integer("BYTORDA", 0),
                    acqus.source()));
        }

        long rowBytes() {
            return (long) td * encoding.bytes();
        }
    }
}
