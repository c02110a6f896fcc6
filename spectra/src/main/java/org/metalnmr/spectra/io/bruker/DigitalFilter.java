package org.metalnmr.spectra.io.bruker;

import java.util.Map;
import java.util.TreeMap;

import org.metalnmr.spectra.io.InputFiles;

/**
 * The group delay of the Bruker digital (oversampling) filter, in dwell times: the FID starts
 * that many points late and carries the filter's rise before it. It is removed after the FFT as a
 * first-order phase (see {@link org.metalnmr.spectra.processing.FidProcessor}).
 *
 * <p>Rules, in order:
 * <ol>
 *   <li>{@code DIGMOD = 0} (analogue filter), {@code DECIM <= 1} or {@code DSPFVS <= 0}: no delay;</li>
 *   <li>{@code GRPDLY > 0} (written by newer consoles): that value;</li>
 *   <li>{@code DSPFVS} 10 to 13: the classic table of DSPFVS and DECIM below;</li>
 *   <li>{@code DSPFVS >= 14} without GRPDLY: no delay (as nmrglue does);</li>
 *   <li>otherwise the combination is refused with the known values.</li>
 * </ol>
 * The delay is kept fractional (no truncation to whole points).
 *
 * <p>Source of the table: nmrglue, {@code nmrglue/fileio/bruker.py}, {@code bruker_dsp_table}
 * (J. J. Helmus and C. P. Jaroniec, J. Biomol. NMR 55, 355 (2013)), an un-rounded version of the
 * table of W. M. Westler and F. Abildgaard ("DMX digital filters and non-Bruker offline
 * processing") with the additions of the UConn NMR toolkit; the entries are k/(2 DECIM) fractions.
 */
public final class DigitalFilter {

    private static final Map<Integer, Map<Integer, Double>> TABLE = new TreeMap<>();

    static {
        Map<Integer, Double> v10 = new TreeMap<>();
        double[][] t10 = {{2, 44.75}, {3, 33.5}, {4, 66.625}, {6, 59.083333333333333}, {8, 68.5625}, {12, 60.375},
            {16, 69.53125}, {24, 61.020833333333333}, {32, 70.015625}, {48, 61.34375}, {64, 70.2578125},
            {96, 61.505208333333333}, {128, 70.37890625}, {192, 61.5859375}, {256, 70.439453125},
            {384, 61.626302083333333}, {512, 70.4697265625}, {768, 61.646484375}, {1024, 70.48486328125},
            {1536, 61.656575520833333}, {2048, 70.492431640625}};
        double[][] t11 = {{2, 46.0}, {3, 36.5}, {4, 48.0}, {6, 50.166666666666667}, {8, 53.25}, {12, 69.5},
            {16, 72.25}, {24, 70.166666666666667}, {32, 72.75}, {48, 70.5}, {64, 73.0}, {96, 70.666666666666667},
            {128, 72.5}, {192, 71.333333333333333}, {256, 72.25}, {384, 71.666666666666667}, {512, 72.125},
            {768, 71.833333333333333}, {1024, 72.0625}, {1536, 71.916666666666667}, {2048, 72.03125}};
        double[][] t12 = {{2, 46.0}, {3, 36.5}, {4, 48.0}, {6, 50.166666666666667}, {8, 53.25}, {12, 69.5},
            {16, 71.625}, {24, 70.166666666666667}, {32, 72.125}, {48, 70.5}, {64, 72.375},
            {96, 70.666666666666667}, {128, 72.5}, {192, 71.333333333333333}, {256, 72.25},
            {384, 71.666666666666667}, {512, 72.125}, {768, 71.833333333333333}, {1024, 72.0625},
            {1536, 71.916666666666667}, {2048, 72.03125}};
        double[][] t13 = {{2, 2.75}, {3, 2.8333333333333333}, {4, 2.875}, {6, 2.9166666666666667}, {8, 2.9375},
            {12, 2.9583333333333333}, {16, 2.96875}, {24, 2.9791666666666667}, {32, 2.984375},
            {48, 2.9895833333333333}, {64, 2.9921875}, {96, 2.9947916666666667}};
        fill(v10, t10);
        TABLE.put(10, v10);
        Map<Integer, Double> v11 = new TreeMap<>();
        fill(v11, t11);
        TABLE.put(11, v11);
        Map<Integer, Double> v12 = new TreeMap<>();
        fill(v12, t12);
        TABLE.put(12, v12);
        Map<Integer, Double> v13 = new TreeMap<>();
        fill(v13, t13);
        TABLE.put(13, v13);
    }

    private DigitalFilter() {
    }

    private static void fill(Map<Integer, Double> m, double[][] rows) {
        for (double[] r : rows) {
            m.put((int) r[0], r[1]);
        }
    }

    /**
     * @param dspfvs firmware version DSPFVS
     * @param decim  decimation DECIM
     * @return the tabulated group delay [dwell times]
     * @throws org.metalnmr.core.error.InvalidInputException when the pair is not in the table
     */
    public static double tabulatedDelay(int dspfvs, int decim) {
        Map<Integer, Double> row = TABLE.get(dspfvs);
        if (row == null || !row.containsKey(decim)) {
            throw InputFiles.malformed("digital filter", "DSPFVS " + dspfvs + " with DECIM " + decim
                    + " is not in Bruker's group-delay table", row == null ? "DSPFVS in " + TABLE.keySet()
                    : "DECIM in " + row.keySet() + " for DSPFVS " + dspfvs + " (or GRPDLY > 0 in acqus)");
        }
        return row.get(decim);
    }

    /**
     * @param acqus the acquisition parameters
     * @return the group delay [dwell times], &gt;= 0
     */
    public static double groupDelayPoints(BrukerParameters acqus) {
        int digmod = acqus.integer("DIGMOD", 1);
        double decim = acqus.optionalNumber("DECIM").orElse(1);
        int dspfvs = acqus.integer("DSPFVS", 0);
        if (digmod == 0 || decim <= 1 || dspfvs <= 0) {
            return 0.0;
        }
        double grpdly = acqus.optionalNumber("GRPDLY").orElse(-1);
        if (grpdly > 0) {
            return grpdly;
        }
        if (dspfvs >= 14) {
            return 0.0;
        }
        if (decim != Math.rint(decim)) {
            throw InputFiles.malformed(acqus.source(), "DECIM " + decim, "an integer decimation factor");
        }
        try {
            return tabulatedDelay(dspfvs, (int) decim);
        } catch (org.metalnmr.core.error.InvalidInputException e) {
            throw InputFiles.malformed(acqus.source(), "DSPFVS " + dspfvs + " with DECIM " + (int) decim
                    + " and no GRPDLY", "a pair in Bruker's group-delay table or GRPDLY > 0", e);
        }
    }
}
