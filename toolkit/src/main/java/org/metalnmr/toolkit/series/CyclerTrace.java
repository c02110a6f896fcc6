package org.metalnmr.toolkit.series;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.metalnmr.core.error.Checks;
import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.toolkit.ToolkitMessage;

/**
 * The cell voltage the cycler recorded against its own clock, placed on the series' clock: \( t_{series} = t_{cycler} +
 * \Delta t \) with \( \Delta t \) the offset [s] (0 when the cycler's zero is the first spectrum's acquisition). With a
 * constant (galvanostatic) current I the charge passed since the cycler's zero is \( Q = I\,t_{cycler} \), in mAh
 * \( Q = I[\mathrm{mA}]\,t_{cycler}[\mathrm{h}] \).
 *
 * @param timeS   cycler times on the series' clock [s], non-decreasing
 * @param volts   cell voltage [V]
 * @param offsetS the offset added to the cycler clock [s]
 */
public record CyclerTrace(double[] timeS, double[] volts, double offsetS) {

    /** Validates and copies. */
    public CyclerTrace {
        timeS = timeS.clone();
        volts = volts.clone();
        Checks.finite("cycler clock offset [s]", offsetS);
        if (timeS.length != volts.length || timeS.length < 2) {
            throw new InvalidInputException(CoreMessage.LENGTH_MISMATCH, "cycler times", timeS.length, "voltages (at least 2)", volts.length);
        }
    }

    /**
     * Reads a cycler export: rows of time [s] and voltage [V] (whitespace, comma or semicolon separated; further columns
     * ignored); lines that do not start with two numbers (headers) are skipped. Everything is checked here, before any fit
     * uses it.
     *
     * @param file    the file
     * @param offsetS seconds added to the cycler clock to put it on the series' clock
     * @return the trace
     * @throws InvalidInputException when the file cannot be read, holds fewer than 2 rows, non-finite values or times that
     *                               go backwards
     */
    public static CyclerTrace read(Path file, double offsetS) {
        java.util.List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new InvalidInputException(e, CoreMessage.FILE_UNREADABLE, file, "--cycler: " + e.getMessage());
        }
        double[] t = new double[lines.size()];
        double[] v = new double[lines.size()];
        int n = 0;
        for (String line : lines) {
            String[] f = line.trim().split("[\\s,;]+");
            if (f.length < 2) {
                continue;
            }
            double a;
            double b;
            try {
                a = Double.parseDouble(f[0]);
                b = Double.parseDouble(f[1]);
            } catch (NumberFormatException e) {
                continue; // a header line
            }
            if (!Double.isFinite(a) || !Double.isFinite(b)) {
                throw new InvalidInputException(ToolkitMessage.CYCLER_ROW_NOT_FINITE, file, line.trim());
            }
            // compared on the cycler's own clock (t holds the shifted times)
            if (n > 0 && a < t[n - 1] - offsetS) {
                throw new InvalidInputException(ToolkitMessage.CYCLER_TIME_BACKWARDS, file, a, t[n - 1] - offsetS);
            }
            t[n] = a + offsetS;
            if (!Double.isFinite(t[n])) {
                throw new InvalidInputException(ToolkitMessage.CYCLER_TIME_OVERFLOW, file, a, offsetS);
            }
            v[n] = b;
            n++;
        }
        if (n < 2) {
            throw new InvalidInputException(ToolkitMessage.CYCLER_TOO_FEW_ROWS, file, n);
        }
        return new CyclerTrace(Arrays.copyOf(t, n), Arrays.copyOf(v, n), offsetS);
    }

    @Override
    public double[] timeS() {
        return timeS.clone();
    }

    @Override
    public double[] volts() {
        return volts.clone();
    }

    /** @return the times on the series' clock [h] */
    public double[] hours() {
        double[] h = new double[timeS.length];
        for (int i = 0; i < h.length; i++) {
            h[i] = timeS[i] / 3600;
        }
        return h;
    }

    /**
     * @param seriesTimeS a time on the series' clock [s]
     * @param currentMa   the constant cell current [mA]
     * @return the charge passed since the cycler's zero [mAh]
     */
    public double capacityMah(double seriesTimeS, double currentMa) {
        return currentMa * (seriesTimeS - offsetS) / 3600;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CyclerTrace c && Arrays.equals(timeS, c.timeS) && Arrays.equals(volts, c.volts) && offsetS == c.offsetS;
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(timeS) + Arrays.hashCode(volts);
    }

    @Override
    public String toString() {
        return "CyclerTrace[" + timeS.length + " rows, offset " + offsetS + " s]";
    }
}
