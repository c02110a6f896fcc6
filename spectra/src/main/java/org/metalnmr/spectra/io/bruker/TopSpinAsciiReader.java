package org.metalnmr.spectra.io.bruker;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

import org.metalnmr.core.spectrum.SpectralAxis;
import org.metalnmr.core.spectrum.Spectrum;
import org.metalnmr.spectra.io.InputFiles;
import org.metalnmr.spectra.io.LabelledSpectrum;
import org.metalnmr.spectra.io.ReadOptions;
import org.metalnmr.spectra.io.SpectrumReader;

/**
 * Reads TopSpin's text export of a processed 1D spectrum, {@code ascii-spec.txt} (written by
 * TopSpin's "export as text" into {@code pdata/P/}).
 *
 * <p><b>Format.</b> Title lines (the spectrum's title: every line before the first row), then one row per point:
 * {@code index, intensity, frequency [Hz], shift [ppm]}, comma separated, the index running
 * 1, 2, ..., SI, the intensity the stored {@code 1r} value times 2<sup>NC_proc</sup> rounded to an
 * integer, the frequency relative to 0 ppm.
 *
 * <p><b>What is made of it.</b>
 * <ul>
 *   <li>Reference frequency (0 ppm): the least-squares slope of the Hz column against the ppm
 *       column, \( f_\mathrm{ref} = 10^6\,\mathrm{d}\nu/\mathrm{d}\delta \) [Hz] (SF of procs: on
 *       the operando data 116.684586 MHz from the export against SF = 116.684586269531 MHz).</li>
 *   <li>Axis: TopSpin labels the exported points at the centres of SI bins spanning OFFSET to
 *       OFFSET - SW_p/SF, \( \delta_i^{\mathrm{label}} = \mathrm{OFFSET} - (i + \tfrac12)\,\Delta \),
 *       half a point below the axis of its own {@code 1r}, \( \delta_i = \mathrm{OFFSET} - i\,\Delta \)
 *       (see {@link BrukerExperiment}; measured on the three exports of the operando data:
 *       -0.5001 point, the 0.0001 being the four decimals of OFFSET in procs). The reader puts the
 *       points where {@code 1r} has them, \( \delta_i = \delta_i^{\mathrm{label}} - s/2 \) with s the
 *       signed step of the labels, so that the export and {@code 1r}+{@code procs} give the same
 *       spectrum; the metadata key {@code axisCorrectionPpm} says by how much.</li>
 *   <li>Intensities: the real part; the export has no imaginary part (zeros).</li>
 * </ul>
 * The ppm column must be uniform within 5% of a step; the index must count up from 1.
 */
public final class TopSpinAsciiReader implements SpectrumReader {

    /** The file name TopSpin gives the export. */
    public static final String FILE_NAME = "ascii-spec.txt";

    /** Largest deviation of a ppm label from the uniform axis, as a fraction of a step. */
    private static final double SPACING_TOLERANCE = 0.05;

    private static final Pattern ROW = Pattern.compile(
            "\\s*\\d+\\s*,\\s*[-+0-9.eE]+\\s*,\\s*[-+0-9.eE]+\\s*,\\s*[-+0-9.eE]+\\s*");
    /** TopSpin's first row: index 1, then intensity, Hz and ppm, separated by a comma and a blank, Hz and ppm with decimals. */
    private static final Pattern FIRST_ROW = Pattern.compile(
            "\\s*1, [-+0-9.eE]+, -?[0-9]+\\.[0-9]+, -?[0-9]+\\.[0-9]+\\s*");
    /** Bytes looked at by {@link #canRead}. */
    private static final int SNIFF_BYTES = 4096;

    @Override
    public String formatName() {
        return "TopSpin ascii-spec";
    }

    /**
     * Takes a file named {@code ascii-spec.txt}, or a file whose first line of four
     * comma-separated numbers is TopSpin's first row {@code 1, intensity, Hz, ppm} (comma and
     * blank between the fields, Hz and ppm with decimals).
     */
    @Override
    public boolean canRead(Path path) {
        if (!Files.isRegularFile(path)) {
            return false;
        }
        if (path.getFileName().toString().equalsIgnoreCase(FILE_NAME)) {
            return true;
        }
        try (InputStream in = Files.newInputStream(path)) {
            String head = new String(in.readNBytes(SNIFF_BYTES), StandardCharsets.ISO_8859_1);
            String[] lines = head.split("\r\n|\n|\r");
            for (int i = 0; i < lines.length - 1; i++) {
                String l = lines[i].strip();
                if (ROW.matcher(l).matches()) {
                    return FIRST_ROW.matcher(l).matches();
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public List<LabelledSpectrum> read(Path path, ReadOptions options) {
        byte[] bytes = InputFiles.readAllBytes(path);
        String source = path.toString();
        String[] lines = new String(bytes, StandardCharsets.ISO_8859_1).split("\r\n|\n|\r", -1);
        List<String> titles = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        for (int li = 0; li < lines.length; li++) {
            String line = lines[li].strip();
            if (line.isEmpty()) {
                continue;
            }
            if (rows.isEmpty() && !ROW.matcher(line).matches()) {
                titles.add(line);
                continue;
            }
            if (!ROW.matcher(line).matches()) {
                throw InputFiles.malformed(source + " line " + (li + 1), "'" + shorten(line) + "'",
                        "a row 'index, intensity, Hz, ppm' as TopSpin's ascii-spec export writes (truncated or edited file?)");
            }
            String[] f = line.split(",");
            double[] v = new double[4];
            try {
                for (int k = 0; k < 4; k++) {
                    v[k] = Double.parseDouble(f[k].strip());
                }
            } catch (NumberFormatException e) {
                throw InputFiles.malformed(source + " line " + (li + 1), "'" + shorten(line) + "' is not four numbers",
                        "a row 'index, intensity, Hz, ppm'", e);
            }
            if (v[0] != rows.size() + 1) {
                throw InputFiles.malformed(source + " line " + (li + 1), "point index " + (long) v[0],
                        "index " + (rows.size() + 1) + " (the rows count up from 1; a row is missing or repeated)");
            }
            for (int k = 1; k < 4; k++) {
                if (!Double.isFinite(v[k])) {
                    throw InputFiles.malformed(source + " line " + (li + 1), "a non-finite number", "finite numbers");
                }
            }
            rows.add(v);
        }
        int n = rows.size();
        if (n < 2) {
            throw InputFiles.malformed(source, n == 0 ? "no data rows" : "only one data row",
                    "a title line and at least two rows 'index, intensity, Hz, ppm'");
        }
        double[] ppm = new double[n];
        double[] hz = new double[n];
        double[] re = new double[n];
        for (int i = 0; i < n; i++) {
            re[i] = rows.get(i)[1];
            hz[i] = rows.get(i)[2];
            ppm[i] = rows.get(i)[3];
        }
        double step = (ppm[n - 1] - ppm[0]) / (n - 1);
        if (step == 0) {
            throw InputFiles.malformed(source, "the first and last ppm are equal", "a ppm column spanning the spectrum");
        }
        for (int i = 0; i < n; i++) {
            double dev = Math.abs(ppm[i] - (ppm[0] + i * step));
            if (dev > SPACING_TOLERANCE * Math.abs(step)) {
                throw InputFiles.malformed(source, String.format(Locale.ROOT,
                        "ppm %.6f of point %d is %.3g steps from the uniform axis", ppm[i], i + 1, dev / Math.abs(step)),
                        "evenly spaced points, as TopSpin exports them");
            }
        }
        double hzPerPpm = slope(ppm, hz);
        if (!(hzPerPpm > 0)) {
            throw InputFiles.malformed(source, "the Hz column falls as the ppm column rises (slope " + hzPerPpm + " Hz/ppm)",
                    "Hz = SF [MHz] x ppm, SF > 0");
        }
        double refHz = hzPerPpm * 1e6;
        double correction = -step / 2;
        SpectralAxis axis = new SpectralAxis(n, ppm[0] + correction, ppm[n - 1] + correction, refHz);
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("format", "TopSpin ascii-spec (text export of 1r)");
        meta.put("source", source);
        meta.put("dataUsed", "ascii-spec");
        meta.put("imaginary", "absent (zeros)");
        meta.put("referenceFrequency", refHz + " Hz (slope of the Hz column against the ppm column)");
        meta.put("axisCorrectionPpm", Double.toString(correction));
        if (!titles.isEmpty()) {
            meta.put("title", titles.get(0));
        }
        String label = label(path);
        meta.put("experiment", label);
        Spectrum s = new Spectrum(axis, re, new double[n], OptionalDouble.empty(), meta);
        return List.of(new LabelledSpectrum(label, s));
    }

    /** @return the experiment folder name for {@code N/pdata/P/ascii-spec.txt}, else the file name */
    private static String label(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        Path proc = abs.getParent();
        Path pdata = proc == null ? null : proc.getParent();
        Path exp = pdata == null ? null : pdata.getParent();
        if (exp != null && exp.getFileName() != null && pdata.getFileName().toString().equals("pdata")
                && proc.getFileName().toString().chars().allMatch(Character::isDigit)) {
            return exp.getFileName().toString();
        }
        return path.getFileName().toString();
    }

    private static double slope(double[] x, double[] y) {
        int n = x.length;
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= n;
        my /= n;
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
        }
        return sxy / sxx;
    }

    private static String shorten(String line) {
        return line.length() > 60 ? line.substring(0, 60) + "..." : line;
    }
}
