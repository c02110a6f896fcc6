package org.metalnmr.spectra.io.text;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.metalnmr.spectra.io.InputFiles;
import org.metalnmr.spectra.io.LabelledSpectrum;
import org.metalnmr.spectra.io.ReadOptions;
import org.metalnmr.spectra.io.SpectrumReader;
import org.metalnmr.core.spectrum.SpectralAxis;
import org.metalnmr.core.spectrum.Spectrum;

/**
 * Reads a spectrum from text columns: ppm, real and optionally imaginary intensity.
 *
 * <ul>
 *   <li><b>Comments</b>: lines starting with {@code #}, {@code %}, {@code !} or {@code //}; blank
 *       lines are skipped.</li>
 *   <li><b>Header</b>: the lines before the first data line that are not numbers (a title, column
 *       names). Column names pick the columns when the file has more than three
 *       ({@code ppm|shift|delta}, {@code real|re|intensity|y}, {@code imag|im|imaginary}); otherwise
 *       the columns are ppm, real[, imag] in that order.</li>
 *   <li><b>Delimiter</b>: detected on the first data line, in the order tab, semicolon, comma,
 *       blanks; the first that splits it into two or more numbers wins. With tab, semicolon or
 *       blank delimiters a decimal comma ({@code 1,5}) is accepted.</li>
 *   <li><b>Axis</b>: ppm strictly ascending or descending (kept in file order). It must be uniform:
 *       every ppm within 5% of a step of the straight line from the first to the last point (this
 *       admits values printed with three or more significant digits of the step). Otherwise the
 *       read is refused with the worst point, unless {@link ReadOptions.TextSpacing#RESAMPLE}
 *       asks for linear interpolation onto the uniform axis with the same ends and number of
 *       points (interpolation error \( \le h^2 \max|f''|/8 \), h the step).</li>
 *   <li><b>Reference frequency</b> (0 ppm): {@link ReadOptions#referenceFrequencyHz()} when given,
 *       else a comment or header such as {@code # frequency = 116.64 MHz} or
 *       {@code # SF: 116640000 Hz} (a number without unit is MHz below 10<sup>4</sup>, else Hz);
 *       without one the spectrum gets an axis known in ppm only
 *       ({@link SpectralAxis#ppmOnly}): everything in ppm works (fits of line positions, widths
 *       and areas in ppm), and a quantity that needs Hz asks for the frequency.</li>
 * </ul>
 * Every data line must have the same number of columns; a bad line is refused with its number.
 */
public final class TextColumnsReader implements SpectrumReader {

    /** Largest deviation from the uniform axis accepted, as a fraction of the step. */
    static final double SPACING_TOLERANCE = 0.05;

    private static final Pattern FREQUENCY = Pattern.compile(
            "(?i)\\b(?:reference\\s*frequency|spectrometer\\s*frequency|frequency|freq|sfo1|sf|bf1)(?:\\s*\\[?(mhz|hz)\\]?)?"
                    + "\\s*[=:]\\s*([0-9]+(?:\\.[0-9]*)?(?:[eE][+-]?[0-9]+)?)\\s*\\[?(mhz|hz)?");

    private static final char[] DELIMITERS = {'\t', ';', ',', ' '};

    @Override
    public String formatName() {
        return "text columns";
    }

    @Override
    public boolean canRead(Path path) {
        if (!Files.isRegularFile(path)) {
            return false;
        }
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".dat")
                || name.endsWith(".asc") || name.endsWith(".xy");
    }

    @Override
    public List<LabelledSpectrum> read(Path path, ReadOptions options) {
        byte[] bytes = InputFiles.readAllBytes(path);
        String source = path.toString();
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        String[] lines = text.split("\r\n|\n|\r", -1);
        List<String> headers = new ArrayList<>();
        List<String> comments = new ArrayList<>();
        char delimiter = 0;
        int columns = 0;
        int firstDataLine = -1;
        List<double[]> rows = new ArrayList<>();
        for (int li = 0; li < lines.length; li++) {
            String line = lines[li].strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("#") || line.startsWith("%") || line.startsWith("!") || line.startsWith("//")) {
                comments.add(line);
                continue;
            }
            if (delimiter == 0) {
                for (char d : DELIMITERS) {
                    double[] v = parseRow(line, d);
                    if (v != null && v.length >= 2) {
                        delimiter = d;
                        columns = v.length;
                        firstDataLine = li + 1;
                        rows.add(v);
                        break;
                    }
                }
                if (delimiter == 0) {
                    headers.add(line);
                }
                continue;
            }
            double[] v = parseRow(line, delimiter);
            if (v == null) {
                throw InputFiles.malformed(source + " line " + (li + 1), "'" + shorten(line) + "' is not a row of numbers",
                        columns + " numbers separated by " + name(delimiter) + " as on line " + firstDataLine);
            }
            if (v.length != columns) {
                throw InputFiles.malformed(source + " line " + (li + 1), v.length + " columns",
                        columns + " columns as on line " + firstDataLine + " (truncated or corrupt line?)");
            }
            rows.add(v);
        }
        if (rows.size() < 2) {
            throw InputFiles.malformed(source, rows.isEmpty() ? "no data lines" : "only one data line",
                    "at least two lines of ppm, real[, imag] numbers");
        }
        int[] cols = chooseColumns(headers, columns, source);
        int n = rows.size();
        double[] ppm = new double[n];
        double[] re = new double[n];
        double[] im = new double[n];
        for (int i = 0; i < n; i++) {
            double[] r = rows.get(i);
            ppm[i] = r[cols[0]];
            re[i] = r[cols[1]];
            im[i] = cols[2] >= 0 ? r[cols[2]] : 0.0;
        }
        boolean resampled = checkAxis(ppm, source, options.textSpacing());
        if (resampled) {
            re = resample(ppm, re);
            im = resample(ppm, im);
        }
        double refHz = referenceFrequencyHz(options, headers, comments);
        SpectralAxis axis = Double.isNaN(refHz) ? SpectralAxis.ppmOnly(n, ppm[0], ppm[n - 1])
                : new SpectralAxis(n, ppm[0], ppm[n - 1], refHz);
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("format", "text columns");
        meta.put("source", source);
        meta.put("delimiter", name(delimiter));
        meta.put("imaginary", cols[2] >= 0 ? "column " + (cols[2] + 1) : "absent (zeros)");
        meta.put("resampled", Boolean.toString(resampled));
        meta.put("referenceFrequency", Double.isNaN(refHz) ? "unknown (ppm axis only)" : refHz + " Hz");
        if (!headers.isEmpty()) {
            meta.put("title", headers.get(0));
        }
        Spectrum s = new Spectrum(axis, re, im, OptionalDouble.empty(), meta);
        return List.of(new LabelledSpectrum(path.getFileName().toString(), s));
    }

    private static String shorten(String line) {
        return line.length() > 60 ? line.substring(0, 60) + "..." : line;
    }

    private static String name(char d) {
        return switch (d) {
            case '\t' -> "tab";
            case ';' -> "semicolon";
            case ',' -> "comma";
            default -> "blanks";
        };
    }

    /** @return the numbers of a line split at d (possibly only one), or null when a field is not a finite number */
    static double[] parseRow(String line, char d) {
        String[] parts = d == ' ' ? line.split("\\s+") : line.split(Pattern.quote(String.valueOf(d)), -1);
        double[] v = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String t = parts[i].strip();
            if (d != ',' && t.indexOf(',') >= 0 && t.indexOf('.') < 0 && t.indexOf(',') == t.lastIndexOf(',')) {
                t = t.replace(',', '.');
            }
            if (t.isEmpty() || !(Character.isDigit(t.charAt(0)) || t.charAt(0) == '-' || t.charAt(0) == '+'
                    || t.charAt(0) == '.')) {
                return null;
            }
            try {
                v[i] = Double.parseDouble(t);
            } catch (NumberFormatException e) {
                return null;
            }
            if (!Double.isFinite(v[i])) {
                return null;
            }
        }
        return v;
    }

    /** @return indices of the ppm, real and imaginary (-1 when none) columns */
    private static int[] chooseColumns(List<String> headers, int columns, String source) {
        if (!headers.isEmpty()) {
            String last = headers.get(headers.size() - 1).toLowerCase(Locale.ROOT);
            String[] names = last.split("[\\t;,]|\\s+");
            int p = -1;
            int r = -1;
            int im = -1;
            if (names.length == columns) {
                for (int i = 0; i < names.length; i++) {
                    String nm = names[i].strip().replaceAll("[\"'()\\[\\]]", "");
                    if (p < 0 && (nm.startsWith("ppm") || nm.equals("shift") || nm.equals("delta")
                            || nm.equals("\u03b4") || nm.equals("x"))) {
                        p = i;
                    } else if (r < 0 && (nm.startsWith("real") || nm.equals("re") || nm.startsWith("intensity")
                            || nm.equals("y") || nm.equals("absorption"))) {
                        r = i;
                    } else if (im < 0 && (nm.startsWith("imag") || nm.equals("im") || nm.equals("dispersion"))) {
                        im = i;
                    }
                }
            }
            if (p >= 0 && r >= 0) {
                return new int[] {p, r, im};
            }
        }
        if (columns == 2) {
            return new int[] {0, 1, -1};
        }
        if (columns == 3) {
            return new int[] {0, 1, 2};
        }
        throw InputFiles.malformed(source, columns + " columns without a header naming them",
                "ppm, real[, imag] (2 or 3 columns), or a header line naming the ppm and real columns");
    }

    /**
     * @return whether the axis must be resampled
     * @throws org.metalnmr.core.error.InvalidInputException when not monotonic, or not uniform under REFUSE
     */
    static boolean checkAxis(double[] ppm, String source, ReadOptions.TextSpacing policy) {
        int n = ppm.length;
        double step = (ppm[n - 1] - ppm[0]) / (n - 1);
        if (step == 0) {
            throw InputFiles.malformed(source, "the first and last ppm are equal (" + ppm[0] + ")",
                    "a strictly ascending or descending ppm column");
        }
        for (int i = 1; i < n; i++) {
            if ((ppm[i] - ppm[i - 1]) * step <= 0) {
                throw InputFiles.malformed(source, "ppm " + ppm[i] + " at data row " + (i + 1) + " after " + ppm[i - 1],
                        "a strictly " + (step < 0 ? "descending" : "ascending") + " ppm column");
            }
        }
        double worst = 0;
        int at = 0;
        for (int i = 0; i < n; i++) {
            double dev = Math.abs(ppm[i] - (ppm[0] + i * step));
            if (dev > worst) {
                worst = dev;
                at = i;
            }
        }
        if (worst <= SPACING_TOLERANCE * Math.abs(step)) {
            return false;
        }
        if (policy == ReadOptions.TextSpacing.RESAMPLE) {
            return true;
        }
        throw InputFiles.malformed(source, String.format(Locale.ROOT,
                "non-uniform ppm axis: data row %d is at %.6g ppm, %.3g steps from the uniform axis (step %.6g ppm)",
                at + 1, ppm[at], worst / Math.abs(step), step),
                "points evenly spaced within " + SPACING_TOLERANCE + " of a step (or read with text spacing RESAMPLE)");
    }

    /** Linear interpolation of y(ppm) onto the uniform axis with the same ends and size. */
    static double[] resample(double[] ppm, double[] y) {
        int n = ppm.length;
        double step = (ppm[n - 1] - ppm[0]) / (n - 1);
        double[] out = new double[n];
        int j = 0;
        for (int i = 0; i < n; i++) {
            double x = ppm[0] + i * step;
            if (i == n - 1) {
                out[i] = y[n - 1];
                continue;
            }
            while (j < n - 2 && (ppm[j + 1] - x) * step <= 0) {
                j++;
            }
            double t = (x - ppm[j]) / (ppm[j + 1] - ppm[j]);
            out[i] = y[j] + t * (y[j + 1] - y[j]);
        }
        return out;
    }

    /** @return the frequency of 0 ppm [Hz] from the options or the file, NaN when neither gives it */
    private static double referenceFrequencyHz(ReadOptions options, List<String> headers, List<String> comments) {
        if (options.referenceFrequencyHz().isPresent()) {
            return options.referenceFrequencyHz().getAsDouble();
        }
        List<String> all = new ArrayList<>(comments);
        all.addAll(headers);
        for (String line : all) {
            Matcher m = FREQUENCY.matcher(line);
            if (m.find()) {
                double v = Double.parseDouble(m.group(2));
                String unit = m.group(3) != null ? m.group(3) : m.group(1);
                boolean mhz = unit != null ? unit.equalsIgnoreCase("mhz") : v < 1e4;
                double hz = mhz ? v * 1e6 : v;
                if (hz > 0) {
                    return hz;
                }
            }
        }
        return Double.NaN;
    }
}
