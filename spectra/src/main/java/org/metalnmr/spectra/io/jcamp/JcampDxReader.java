package org.metalnmr.spectra.io.jcamp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

import org.metalnmr.spectra.io.InputFiles;
import org.metalnmr.spectra.io.LabelledSpectrum;
import org.metalnmr.spectra.io.ReadOptions;
import org.metalnmr.spectra.io.SpectrumReader;
import org.metalnmr.core.spectrum.SpectralAxis;
import org.metalnmr.core.spectrum.Spectrum;

/**
 * Reads NMR spectra from JCAMP-DX files, versions 4.24 to 6.0: {@code ##XYDATA=(X++(Y..Y))} and
 * {@code ##NTUPLES} with real and imaginary {@code ##PAGE}s, each in AFFN or compressed ASDF
 * (SQZ, DIF, DUP; {@link XyDataDecoder}), one spectrum per data block.
 *
 * <p><b>Abscissa.</b> Point i is at \( x_i = \mathrm{FIRSTX} + i\,(\mathrm{LASTX}-\mathrm{FIRSTX})/(\mathrm{NPOINTS}-1) \)
 * (or FIRSTX + i DELTAX when LASTX is absent). {@code XUNITS=PPM} is used as it is; without any
 * frequency (file or read options) the axis is known in ppm only
 * ({@link org.metalnmr.core.spectrum.SpectralAxis#ppmOnly}).
 * {@code XUNITS=HZ} is converted with the reference frequency \( f_\mathrm{ref} \) [MHz], which is
 * Bruker's {@code ##$SF} when present (the frequency of 0 ppm) and else {@code ##.OBSERVE FREQUENCY}:
 * <ul>
 *   <li>with {@code ##.SHIFT REFERENCE= (type, compound, point p, shift)} (JCAMP-DX NMR,
 *       Davies &amp; Lampen 1993, Appl. Spectrosc. 47, 1093): \( \delta_i = \delta_p + (x_i - x_p)/f_\mathrm{ref} \);</li>
 *   <li>else with Bruker's {@code ##$OFFSET} (the shift of the first point):
 *       \( \delta_i = \mathrm{OFFSET} + (x_i - x_0)/f_\mathrm{ref} \);</li>
 *   <li>else the abscissa is taken as the offset from the reference: \( \delta_i = x_i/f_\mathrm{ref} \).</li>
 * </ul>
 * TopSpin writes Hz relative to the last point ({@code LASTX=0}), so the first two rules matter.
 *
 * <p>Ordinates are multiplied by YFACTOR (per page FACTOR for NTUPLES). The acquisition time is
 * {@code ##LONG DATE} (UTC unless it carries an offset), else Bruker's {@code ##$DATE} (epoch
 * seconds). FIDs (time-domain NTUPLES or DATA TYPE "NMR FID"), peak tables and XYPOINTS are
 * refused with a message.
 */
public final class JcampDxReader implements SpectrumReader {

    @Override
    public String formatName() {
        return "JCAMP-DX";
    }

    @Override
    public boolean canRead(Path path) {
        if (!Files.isRegularFile(path)) {
            return false;
        }
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".dx") || name.endsWith(".jdx") || name.endsWith(".jcamp") || name.endsWith(".jcm")) {
            return true;
        }
        return startsWithLdr(path);
    }

    /**
     * @param path a file
     * @return whether its first non-blank characters are {@code ##}
     */
    static boolean startsWithLdr(Path path) {
        try (var in = Files.newInputStream(path)) {
            byte[] head = in.readNBytes(256);
            for (byte b : head) {
                if (!Character.isWhitespace(b)) {
                    int idx = new String(head, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("##");
                    return idx >= 0 && new String(head, 0, idx, java.nio.charset.StandardCharsets.ISO_8859_1)
                            .isBlank();
                }
            }
            return false;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    @Override
    public List<LabelledSpectrum> read(Path path, ReadOptions options) {
        byte[] bytes = InputFiles.readAllBytes(path);
        String source = path.toString();
        List<LabelledDataRecord> records = JcampRecords.parse(bytes);
        if (records.isEmpty()) {
            throw InputFiles.malformed(source, "no labelled data records", "a JCAMP-DX file starting with ##TITLE=");
        }
        List<Block> blocks = splitBlocks(records, source);
        String base = path.getFileName().toString();
        List<LabelledSpectrum> out = new ArrayList<>();
        Set<String> labels = new HashSet<>();
        for (Block b : blocks) {
            if (!b.hasData()) {
                continue;
            }
            Spectrum s = b.spectrum(source, options);
            String label = base;
            int k = 2;
            while (!labels.add(label)) {
                label = base + "#" + k++;
            }
            out.add(new LabelledSpectrum(label, s));
        }
        if (out.isEmpty()) {
            throw InputFiles.malformed(source, "no spectrum data (no ##XYDATA= or ##NTUPLES= block)",
                    "an NMR spectrum as ##XYDATA=(X++(Y..Y)) or ##NTUPLES= with real/imaginary pages");
        }
        return out;
    }

    private static List<Block> splitBlocks(List<LabelledDataRecord> records, String source) {
        List<Block> blocks = new ArrayList<>();
        Block current = null;
        for (LabelledDataRecord r : records) {
            if (r.key().equals("TITLE")) {
                if (current != null && current.hasData()) {
                    throw InputFiles.malformed(source + " line " + r.line(), "a new ##TITLE= before the ##END= of the"
                            + " block at line " + current.firstLine, "each data block closed by ##END= (truncated?)");
                }
                current = new Block(r.line());
                blocks.add(current);
            } else if (current == null) {
                current = new Block(r.line());
                blocks.add(current);
            }
            if (r.key().equals("END")) {
                current.closed = true;
                current = null;
                continue;
            }
            current.add(r);
        }
        for (Block b : blocks) {
            if (b.hasData() && !b.closed) {
                throw InputFiles.malformed(source, "the data block starting at line " + b.firstLine + " has no ##END=",
                        "##END= after the data (truncated file?)");
            }
        }
        return blocks;
    }

    /** The records of one block: header LDRs (first occurrence wins) and NTUPLES pages. */
    private static final class Block {
        final int firstLine;
        final Map<String, LabelledDataRecord> header = new LinkedHashMap<>();
        final List<Page> pages = new ArrayList<>();
        boolean closed;
        private boolean inNtuples;
        private Page page;

        Block(int firstLine) {
            this.firstLine = firstLine;
        }

        void add(LabelledDataRecord r) {
            switch (r.key()) {
                case "NTUPLES" -> inNtuples = true;
                case "ENDNTUPLES" -> {
                    inNtuples = false;
                    page = null;
                }
                case "PAGE" -> {
                    page = new Page(r);
                    pages.add(page);
                }
                default -> {
                    if (inNtuples && page != null) {
                        page.records.putIfAbsent(r.key(), r);
                        return;
                    }
                }
            }
            header.putIfAbsent(r.key(), r);
        }

        boolean hasData() {
            return header.containsKey("XYDATA") || header.containsKey("NTUPLES") || header.containsKey("XYPOINTS")
                    || header.containsKey("PEAKTABLE") || header.containsKey("DATATABLE");
        }

        String text(String key) {
            LabelledDataRecord r = header.get(key);
            return r == null ? null : r.value();
        }

        double number(String key, String source) {
            LabelledDataRecord r = header.get(key);
            if (r == null) {
                throw InputFiles.malformed(source, "no ##" + key + "=", "##" + key + "= in the data block starting at line "
                        + firstLine);
            }
            return parseNumber(r.value(), source + " line " + r.line(), "##" + r.label());
        }

        double number(String key, double fallback, String source) {
            LabelledDataRecord r = header.get(key);
            return r == null || r.value().isBlank() ? fallback
                    : parseNumber(r.value(), source + " line " + r.line(), "##" + r.label());
        }

        Spectrum spectrum(String source, ReadOptions options) {
            String dataType = text("DATATYPE");
            if (dataType != null && dataType.toUpperCase(Locale.ROOT).contains("FID")) {
                throw InputFiles.malformed(source, "DATA TYPE is '" + dataType + "' (time domain)",
                        "an NMR SPECTRUM (process the FID with TopSpin or read the Bruker folder)");
            }
            if (header.containsKey("NTUPLES")) {
                return ntuplesSpectrum(source, options);
            }
            if (!header.containsKey("XYDATA")) {
                throw InputFiles.malformed(source, "the block at line " + firstLine
                        + " holds only a peak table or XYPOINTS", "an evenly spaced ##XYDATA=(X++(Y..Y))");
            }
            LabelledDataRecord xy = header.get("XYDATA");
            checkVariableList(xy, source, "Y");
            int npoints = (int) number("NPOINTS", source);
            if (npoints < 2) {
                throw InputFiles.malformed(source, "NPOINTS = " + npoints, "at least 2 points");
            }
            double firstX = number("FIRSTX", source);
            double lastX = header.containsKey("LASTX") ? number("LASTX", source)
                    : firstX + (npoints - 1) * number("DELTAX", source);
            double xFactor = number("XFACTOR", 1.0, source);
            double yFactor = number("YFACTOR", 1.0, source);
            double delta = (lastX - firstX) / (npoints - 1);
            double[] y = XyDataDecoder.decode(xy.value(), xy.line(), source, firstX / xFactor, delta / xFactor,
                    npoints);
            for (int i = 0; i < npoints; i++) {
                y[i] *= yFactor;
            }
            String units = text("XUNITS");
            return build(source, options, firstX, lastX, npoints, units, y, new double[npoints], false);
        }

        private Spectrum ntuplesSpectrum(String source, ReadOptions options) {
            String[] names = list("VARNAME");
            String[] symbols = list("SYMBOL");
            String[] units = list("UNITS");
            String[] first = list("FIRST");
            String[] last = list("LAST");
            String[] factor = list("FACTOR");
            String[] dims = list("VARDIM");
            if (symbols.length == 0 || names.length == 0) {
                throw InputFiles.malformed(source, "NTUPLES without ##VAR_NAME= or ##SYMBOL=",
                        "the NTUPLES header of JCAMP-DX 5 (VAR_NAME, SYMBOL, UNITS, FIRST, LAST, FACTOR)");
            }
            int xi = indexOfSymbol(symbols, "X");
            if (xi < 0) {
                xi = 0;
            }
            String xName = at(names, xi).toUpperCase(Locale.ROOT);
            if (xName.contains("TIME")) {
                throw InputFiles.malformed(source, "NTUPLES over '" + at(names, xi) + "' (an FID)",
                        "a frequency-domain NMR SPECTRUM");
            }
            double[] real = null;
            double[] imag = null;
            int npoints = -1;
            double firstX = Double.NaN;
            double lastX = Double.NaN;
            for (Page p : pages) {
                LabelledDataRecord table = p.records.get("DATATABLE");
                if (table == null) {
                    continue;
                }
                String vars = table.value().split("\n", 2)[0].replace(" ", "").toUpperCase(Locale.ROOT);
                int open = vars.indexOf("++(");
                int dots = vars.indexOf("..", open);
                if (open < 0 || dots < 0) {
                    throw InputFiles.malformed(source + " line " + table.line(), "data table '" + vars + "'",
                            "(X++(R..R)) or (X++(I..I))");
                }
                String sym = vars.substring(open + 3, dots);
                int yi = indexOfSymbol(symbols, sym);
                if (yi < 0) {
                    throw InputFiles.malformed(source + " line " + table.line(), "unknown symbol " + sym,
                            "one of " + String.join(",", symbols));
                }
                String where = source + " line " + table.line();
                int n = p.records.containsKey("NPOINTS")
                        ? (int) parseNumber(p.records.get("NPOINTS").value(), where, "##NPOINTS")
                        : (int) parseNumber(at(dims, yi), where, "##VAR_DIM");
                double fx = parseNumber(at(first, xi), where, "##FIRST (abscissa)");
                double lx = parseNumber(at(last, xi), where, "##LAST (abscissa)");
                double xf = factor.length > xi && !factor[xi].isBlank() ? parseNumber(factor[xi], where, "##FACTOR") : 1;
                double yf = factor.length > yi && !factor[yi].isBlank() ? parseNumber(factor[yi], where, "##FACTOR") : 1;
                if (n < 2) {
                    throw InputFiles.malformed(where, "a page of " + n + " points", "at least 2 points");
                }
                double[] y = XyDataDecoder.decode(table.value(), table.line(), source, fx / xf,
                        (lx - fx) / (n - 1) / xf, n);
                for (int i = 0; i < n; i++) {
                    y[i] *= yf;
                }
                if (npoints >= 0 && n != npoints) {
                    throw InputFiles.malformed(where, "a page of " + n + " points after one of " + npoints,
                            "real and imaginary pages of equal length");
                }
                npoints = n;
                firstX = fx;
                lastX = lx;
                String name = at(names, yi).toUpperCase(Locale.ROOT);
                if (name.contains("IMAG") || sym.equals("I")) {
                    imag = y;
                } else if (name.contains("REAL") || sym.equals("R") || sym.equals("Y")) {
                    real = y;
                }
            }
            if (real == null) {
                throw InputFiles.malformed(source, "NTUPLES without a real page",
                        "a ##PAGE= with ##DATA TABLE= (X++(R..R))");
            }
            boolean hasImag = imag != null;
            return build(source, options, firstX, lastX, npoints, at(units, xi), real,
                    hasImag ? imag : new double[npoints], hasImag);
        }

        private Spectrum build(String source, ReadOptions options, double firstX, double lastX, int npoints,
                               String unitsText, double[] real, double[] imag, boolean hasImag) {
            String units = unitsText == null ? "" : unitsText.strip().toUpperCase(Locale.ROOT);
            double observeMHz = number(".OBSERVEFREQUENCY", Double.NaN, source);
            double sfMHz = number("$SF", Double.NaN, source);
            double refMHz = Double.isFinite(sfMHz) && sfMHz > 0 ? sfMHz : observeMHz;
            if (!(refMHz > 0) && options.referenceFrequencyHz().isPresent()) {
                refMHz = options.referenceFrequencyHz().getAsDouble() / 1e6;
            }
            double firstPpm;
            double lastPpm;
            if (units.equals("PPM")) {
                firstPpm = firstX;
                lastPpm = lastX;
            } else if (units.equals("HZ")) {
                if (!(refMHz > 0)) {
                    throw InputFiles.malformed(source, "x in Hz but no spectrometer frequency",
                            "##.OBSERVE FREQUENCY= [MHz] to convert Hz to ppm");
                }
                double delta = (lastX - firstX) / (npoints - 1);
                double[] anchor = anchor(source, firstX, delta, npoints);
                firstPpm = anchor[1] + (firstX - anchor[0]) / refMHz;
                lastPpm = anchor[1] + (lastX - anchor[0]) / refMHz;
            } else {
                throw InputFiles.malformed(source, "XUNITS '" + unitsText + "'", "HZ or PPM (an NMR spectrum)");
            }
            Map<String, String> meta = new LinkedHashMap<>();
            meta.put("format", "JCAMP-DX");
            meta.put("source", source);
            putIfPresent(meta, "title", text("TITLE"));
            putIfPresent(meta, "jcampVersion", text("JCAMPDX"));
            putIfPresent(meta, "dataType", text("DATATYPE"));
            String nucleus = text(".OBSERVENUCLEUS");
            if (nucleus != null) {
                meta.put("nucleus", nucleus.replace("^", "").strip());
            }
            if (observeMHz > 0) {
                meta.put("observeFrequencyMHz", Double.toString(observeMHz));
            }
            meta.put("imaginary", hasImag ? "read" : "absent (zeros)");
            // x in ppm without any frequency: an axis known in ppm only (Hz quantities then ask for it)
            SpectralAxis axis = refMHz > 0 ? new SpectralAxis(npoints, firstPpm, lastPpm, refMHz * 1e6)
                    : SpectralAxis.ppmOnly(npoints, firstPpm, lastPpm);
            return new Spectrum(axis, real, imag, acquisitionTime(), meta);
        }

        /** @return {x_anchor, ppm_anchor}: an abscissa [Hz] and its shift [ppm] */
        private double[] anchor(String source, double firstX, double delta, int npoints) {
            LabelledDataRecord ref = header.get(".SHIFTREFERENCE");
            if (ref != null && !ref.value().isBlank()) {
                String[] f = ref.value().replace("(", "").replace(")", "").split(",");
                if (f.length >= 4) {
                    String where = source + " line " + ref.line();
                    double point = parseNumber(f[f.length - 2], where, "##.SHIFT REFERENCE data point number");
                    double ppm = parseNumber(f[f.length - 1], where, "##.SHIFT REFERENCE shift value");
                    if (point < 1 || point > npoints) {
                        throw InputFiles.malformed(where, "shift reference at point " + point,
                                "a data point number in [1, " + npoints + "]");
                    }
                    return new double[] {firstX + (point - 1) * delta, ppm};
                }
            }
            double offset = number("$OFFSET", Double.NaN, source);
            if (Double.isFinite(offset)) {
                return new double[] {firstX, offset};
            }
            return new double[] {0.0, 0.0};
        }

        private OptionalDouble acquisitionTime() {
            String longDate = text("LONGDATE");
            if (longDate != null) {
                OptionalDouble t = parseLongDate(longDate.strip());
                if (t.isPresent()) {
                    return t;
                }
            }
            LabelledDataRecord date = header.get("$DATE");
            if (date != null) {
                try {
                    return OptionalDouble.of(Double.parseDouble(date.value().strip()));
                } catch (NumberFormatException e) {
                    return OptionalDouble.empty();
                }
            }
            return OptionalDouble.empty();
        }

        private String[] list(String key) {
            String t = text(key);
            if (t == null) {
                return new String[0];
            }
            String[] parts = t.replace("\n", " ").split(",", -1);
            for (int i = 0; i < parts.length; i++) {
                parts[i] = parts[i].strip();
            }
            return parts;
        }
    }

    /** One NTUPLES page: its own records (NPOINTS, DATA TABLE). */
    private static final class Page {
        final Map<String, LabelledDataRecord> records = new LinkedHashMap<>();

        Page(LabelledDataRecord pageRecord) {
            records.put("PAGE", pageRecord);
        }
    }

    private static void checkVariableList(LabelledDataRecord xy, String source, String symbol) {
        String vars = xy.value().split("\n", 2)[0].replace(" ", "").toUpperCase(Locale.ROOT);
        if (!vars.startsWith("(X++(" + symbol + ".." + symbol + "))")) {
            throw InputFiles.malformed(source + " line " + xy.line(), "##XYDATA= " + vars,
                    "(X++(Y..Y)), evenly spaced ordinates");
        }
    }

    private static int indexOfSymbol(String[] symbols, String sym) {
        for (int i = 0; i < symbols.length; i++) {
            if (symbols[i].equalsIgnoreCase(sym)) {
                return i;
            }
        }
        return -1;
    }

    private static String at(String[] a, int i) {
        return i < a.length ? a[i] : "";
    }

    private static void putIfPresent(Map<String, String> m, String k, String v) {
        if (v != null && !v.isBlank()) {
            m.put(k, v.strip());
        }
    }

    static double parseNumber(String text, String where, String what) {
        String t = text.strip();
        int blank = t.indexOf(' ');
        if (blank > 0) {
            t = t.substring(0, blank);
        }
        try {
            double v = Double.parseDouble(t);
            if (!Double.isFinite(v)) {
                throw new NumberFormatException("not finite");
            }
            return v;
        } catch (NumberFormatException e) {
            throw InputFiles.malformed(where, what + " = '" + text.strip() + "'", "a finite number", e);
        }
    }

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss");

    /** Parses {@code yyyy/MM/dd HH:mm:ss[.fff][+zzzz]} (UTC when no offset) into epoch seconds. */
    static OptionalDouble parseLongDate(String text) {
        try {
            String t = text;
            int offsetSeconds = 0;
            int sign = Math.max(t.lastIndexOf('+'), t.lastIndexOf('-'));
            if (sign > 10 && t.length() - sign == 5) {
                int hh = Integer.parseInt(t.substring(sign + 1, sign + 3));
                int mm = Integer.parseInt(t.substring(sign + 3, sign + 5));
                offsetSeconds = (t.charAt(sign) == '-' ? -1 : 1) * (hh * 3600 + mm * 60);
                t = t.substring(0, sign).strip();
            }
            double fraction = 0;
            int dot = t.indexOf('.', 10);
            if (dot > 0) {
                fraction = Double.parseDouble("0" + t.substring(dot));
                t = t.substring(0, dot);
            }
            LocalDateTime dt = LocalDateTime.parse(t, LONG_DATE);
            return OptionalDouble.of(dt.toEpochSecond(ZoneOffset.UTC) - offsetSeconds + fraction);
        } catch (DateTimeParseException | NumberFormatException | StringIndexOutOfBoundsException e) {
            return OptionalDouble.empty();
        }
    }
}
