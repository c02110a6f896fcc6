package org.metalnmr.spectra.io.jcamp;

import org.metalnmr.spectra.io.InputFiles;

/**
 * Decodes the data lines of a JCAMP-DX {@code (X++(Y..Y))} table (XYDATA, or one page of
 * NTUPLES) in AFFN or ASDF form.
 *
 * <p>Each line is an abscissa in file units (x / XFACTOR) followed by ordinates in file units
 * (y / YFACTOR). ASDF (JCAMP-DX 4.24, McDonald &amp; Wilks 1988, Appl. Spectrosc. 42, 151,
 * Table III) compresses the ordinates:
 * <ul>
 *   <li>SQZ, an absolute value whose first digit and sign are one letter:
 *       {@code @}=0, {@code A..I}=+1..+9, {@code a..i}=-1..-9;</li>
 *   <li>DIF, a difference to the previous ordinate: {@code %}=0, {@code J..R}=+1..+9,
 *       {@code j..r}=-1..-9;</li>
 *   <li>DUP, a repeat count of the previous token (the value, or the difference when that token
 *       was a DIF): {@code S..Z}=1..8, {@code s}=9;</li>
 *   <li>PAC, AFFN numbers separated by their sign.</li>
 * </ul>
 * <b>DIF y-check.</b> When a line ends in DIF form, the next line starts with the last ordinate
 * of that line again, at the same abscissa. That value is verified (equal to the ordinate it
 * repeats) and dropped; a mismatch means a corrupt line and is refused with its line number.
 * <b>X-check.</b> The abscissa at the start of each line must be that of the point the line
 * continues at, within half a point (or half a file unit when points are closer than
 * one unit, for writers that print the abscissa rounded to an integer): a
 * mismatch means lost or extra points.
 *
 * <p>The letters {@code E} and {@code e} are SQZ digits in ASDF but exponents in AFFN; a table
 * is taken as ASDF when any line holds an ASDF character other than those two, else as AFFN.
 */
public final class XyDataDecoder {

    private XyDataDecoder() {
    }

    /**
     * Decodes the ordinates.
     *
     * @param table        the value of the table LDR: first line the variable list (ignored
     *                     here), then the data lines
     * @param firstLine    line number in the file of the LDR (for messages)
     * @param source       the file, for messages
     * @param firstXFile   abscissa of point 0 in file units (FIRSTX / XFACTOR)
     * @param deltaXFile   abscissa step in file units ((LASTX - FIRSTX) / (NPOINTS - 1) / XFACTOR)
     * @param npoints      number of points expected
     * @return the ordinates in file units (multiply by YFACTOR)
     */
    public static double[] decode(String table, int firstLine, String source, double firstXFile, double deltaXFile,
                                  int npoints) {
        String[] lines = table.split("\n", -1);
        boolean asdf = isAsdf(lines);
        double[] y = new double[npoints];
        int count = 0;
        boolean previousEndedInDif = false;
        double tolerance = Math.max(0.5 * Math.abs(deltaXFile), 0.5) * (1 + 1e-9);
        LineValues parsed = new LineValues();
        for (int li = 1; li < lines.length; li++) {
            String line = lines[li];
            if (line.isBlank()) {
                continue;
            }
            int lineNo = firstLine + li;
            String where = source + " line " + lineNo;
            parseLine(line, asdf, where, parsed, npoints + 1);
            if (parsed.size == 0) {
                throw InputFiles.malformed(where, "a data line without ordinates: '" + line.strip() + "'",
                        "an abscissa followed by at least one ordinate");
            }
            int start = 0;
            int firstIndex = count;
            if (previousEndedInDif) {
                if (count == 0) {
                    throw InputFiles.malformed(where, "a y-check line before any data", "data first");
                }
                double last = y[count - 1];
                double check = parsed.values[0];
                if (Math.abs(check - last) > 1e-9 * Math.max(1.0, Math.abs(last))) {
                    throw InputFiles.malformed(where, "DIF y-check failed: the line starts with " + fmt(check)
                            + " but the previous line ended with " + fmt(last),
                            "the first ordinate of a line to repeat the last of the line before (corrupt data)");
                }
                start = 1;
                firstIndex = count - 1;
            }
            double expectedX = firstXFile + firstIndex * deltaXFile;
            if (Math.abs(parsed.x - expectedX) > tolerance) {
                throw InputFiles.malformed(where, "the line starts at abscissa " + fmt(parsed.x) + " but point "
                        + firstIndex + " is at " + fmt(expectedX),
                        "consecutive points (points are missing or extra)");
            }
            int add = parsed.size - start;
            if (count + add > npoints) {
                throw InputFiles.malformed(where, "more than the " + npoints + " points stated by NPOINTS",
                        npoints + " points");
            }
            System.arraycopy(parsed.values, start, y, count, add);
            count += add;
            previousEndedInDif = parsed.endsInDif;
        }
        if (count != npoints) {
            throw InputFiles.malformed(source + " line " + firstLine, "the table holds " + count + " points",
                    npoints + " points as NPOINTS states (truncated file?)");
        }
        return y;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    /** Whether any line holds an ASDF character other than E/e. */
    static boolean isAsdf(String[] lines) {
        for (int li = 1; li < lines.length; li++) {
            String line = lines[li];
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c != 'E' && c != 'e' && (sqzDigit(c) >= 0 || difDigit(c) >= 0 || dupDigit(c) >= 0)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int sqzDigit(char c) {
        if (c == '@') {
            return 0;
        }
        if (c >= 'A' && c <= 'I') {
            return c - 'A' + 1;
        }
        if (c >= 'a' && c <= 'i') {
            return c - 'a' + 1;
        }
        return -1;
    }

    private static int difDigit(char c) {
        if (c == '%') {
            return 0;
        }
        if (c >= 'J' && c <= 'R') {
            return c - 'J' + 1;
        }
        if (c >= 'j' && c <= 'r') {
            return c - 'j' + 1;
        }
        return -1;
    }

    private static int dupDigit(char c) {
        if (c >= 'S' && c <= 'Z') {
            return c - 'S' + 1;
        }
        if (c == 's') {
            return 9;
        }
        return -1;
    }

    private static boolean isNegativeLetter(char c) {
        return c >= 'a' && c <= 'r';
    }

    /** The abscissa and ordinates of one line; reused between lines. */
    static final class LineValues {
        double x;
        double[] values = new double[64];
        int size;
        boolean endsInDif;

        void add(double v) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }
    }

    private enum Kind { ABSOLUTE, DIF, DUP }

    /**
     * Parses one line into x and the ordinates.
     *
     * @param maxValues the most ordinates one line may hold (the table's points and a y-check value): a DUP count
     *                  beyond it is refused before anything is repeated, so a short file cannot ask for gigabytes
     */
    static void parseLine(String line, boolean asdf, String where, LineValues out, int maxValues) {
        out.size = 0;
        out.endsInDif = false;
        int n = line.length();
        int i = 0;
        boolean haveX = false;
        double current = 0;
        boolean haveCurrent = false;
        Kind lastKind = Kind.ABSOLUTE;
        double lastDif = 0;
        StringBuilder num = new StringBuilder(16);
        while (i < n) {
            char c = line.charAt(i);
            if (c == ' ' || c == '\t' || c == ',' || c == ';') {
                i++;
                continue;
            }
            if (c == '?') {
                throw InputFiles.malformed(where, "a missing value '?'", "a complete table");
            }
            Kind kind;
            num.setLength(0);
            if (c == '+' || c == '-' || c == '.' || (c >= '0' && c <= '9')) {
                kind = Kind.ABSOLUTE;
                num.append(c);
                i++;
            } else if (asdf && sqzDigit(c) >= 0) {
                kind = Kind.ABSOLUTE;
                if (isNegativeLetter(c)) {
                    num.append('-');
                }
                num.append((char) ('0' + sqzDigit(c)));
                i++;
            } else if (asdf && difDigit(c) >= 0) {
                kind = Kind.DIF;
                if (isNegativeLetter(c)) {
                    num.append('-');
                }
                num.append((char) ('0' + difDigit(c)));
                i++;
            } else if (asdf && dupDigit(c) >= 0) {
                kind = Kind.DUP;
                num.append((char) ('0' + dupDigit(c)));
                i++;
            } else {
                throw InputFiles.malformed(where, "unexpected character '" + c + "' at column " + (i + 1),
                        asdf ? "ASDF characters (@A-Ia-i%J-Rj-rS-Zs), digits, '.', signs and blanks"
                                : "numbers separated by blanks or commas");
            }
            // the digits that continue this number
            while (i < n) {
                char d = line.charAt(i);
                if ((d >= '0' && d <= '9') || d == '.') {
                    num.append(d);
                    i++;
                } else if (!asdf && (d == 'E' || d == 'e') && kind == Kind.ABSOLUTE) {
                    num.append(d);
                    i++;
                    if (i < n && (line.charAt(i) == '+' || line.charAt(i) == '-')) {
                        num.append(line.charAt(i));
                        i++;
                    }
                } else {
                    break;
                }
            }
            double v;
            try {
                v = Double.parseDouble(num.toString());
            } catch (NumberFormatException e) {
                throw InputFiles.malformed(where, "'" + num + "' is not a number", "a number", e);
            }
            if (!haveX) {
                if (kind != Kind.ABSOLUTE) {
                    throw InputFiles.malformed(where, "the line does not start with an abscissa",
                            "an AFFN abscissa first");
                }
                out.x = v;
                haveX = true;
                continue;
            }
            switch (kind) {
                case ABSOLUTE -> {
                    current = v;
                    haveCurrent = true;
                    out.add(current);
                    lastKind = Kind.ABSOLUTE;
                }
                case DIF -> {
                    if (!haveCurrent) {
                        throw InputFiles.malformed(where, "a DIF value with no ordinate before it on the line",
                                "an absolute (SQZ) ordinate to start each line");
                    }
                    current += v;
                    lastDif = v;
                    out.add(current);
                    lastKind = Kind.DIF;
                }
                default -> {
                    if (!haveCurrent || v < 1 || v != Math.rint(v)) {
                        throw InputFiles.malformed(where, "a DUP count '" + num + "' with nothing to repeat",
                                "a DUP count >= 1 after an ordinate");
                    }
                    if (out.size + v - 1 > maxValues) {
                        throw InputFiles.malformed(where, "a DUP count '" + num + "' that repeats beyond the table's "
                                + (maxValues - 1) + " points", "at most as many values on a line as NPOINTS");
                    }
                    for (int r = 1; r < (int) v; r++) {
                        if (lastKind == Kind.DIF) {
                            current += lastDif;
                        }
                        out.add(current);
                    }
                }
            }
        }
        out.endsInDif = lastKind == Kind.DIF;
    }
}
