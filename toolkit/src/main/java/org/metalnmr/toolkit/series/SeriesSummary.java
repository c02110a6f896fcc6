package org.metalnmr.toolkit.series;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a series fit did and how many of its fits are suspect.
 *
 * @param spectra      spectra in the series
 * @param fitted       spectra fitted in this run
 * @param resumed      rows taken over from an interrupted run
 * @param notConverged rows whose optimiser did not converge
 * @param atBound      rows with a parameter at a bound
 * @param poor         rows with reduced chi-square above {@link FitQuality#POOR_REDUCED_CHI_SQUARE}
 * @param bad          rows with reduced chi-square above {@link FitQuality#BAD_REDUCED_CHI_SQUARE}
 * @param maxReducedChiSquare the largest reduced chi-square of the series
 * @param flagged      labels of the rows each flag applies to, in input order (read-only)
 */
public record SeriesSummary(int spectra, int fitted, int resumed, int notConverged, int atBound, int poor, int bad,
                            double maxReducedChiSquare, Map<QualityFlag, List<String>> flagged) {

    /** Copies. */
    public SeriesSummary {
        Map<QualityFlag, List<String>> m = new EnumMap<>(QualityFlag.class);
        flagged.forEach((k, v) -> m.put(k, List.copyOf(v)));
        flagged = java.util.Collections.unmodifiableMap(m);
    }

    /**
     * @param rows    the rows of the series, in input order
     * @param fitted  how many were fitted in this run
     * @param resumed how many were taken over
     * @return the summary
     */
    public static SeriesSummary of(List<SeriesRow> rows, int fitted, int resumed) {
        Map<QualityFlag, List<String>> flagged = new EnumMap<>(QualityFlag.class);
        for (QualityFlag f : QualityFlag.values()) {
            flagged.put(f, new ArrayList<>());
        }
        int bad = 0;
        double max = 0;
        for (SeriesRow r : rows) {
            for (QualityFlag f : QualityFlag.values()) {
                if (r.quality().is(f)) {
                    flagged.get(f).add(r.label());
                }
            }
            if (r.quality().reducedChiSquare() > FitQuality.BAD_REDUCED_CHI_SQUARE) {
                bad++;
            }
            max = Math.max(max, r.quality().reducedChiSquare());
        }
        return new SeriesSummary(rows.size(), fitted, resumed, flagged.get(QualityFlag.UNCONVERGED).size(),
                flagged.get(QualityFlag.BOUND).size(), flagged.get(QualityFlag.POOR).size(), bad, max, flagged);
    }

    /**
     * @param flags the flags that count
     * @return the number of rows with at least one of them
     */
    public int countFlagged(java.util.Set<QualityFlag> flags) {
        java.util.Set<String> labels = new java.util.HashSet<>();
        for (QualityFlag f : flags) {
            labels.addAll(flagged.get(f));
        }
        return labels.size();
    }

    /** @return the counts as a map for JSON output */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("spectra", spectra);
        m.put("fitted", fitted);
        m.put("resumedRows", resumed);
        m.put("notConverged", notConverged);
        m.put("atBound", atBound);
        m.put("reducedChiSquareAbove2", poor);
        m.put("reducedChiSquareAbove10", bad);
        m.put("maxReducedChiSquare", maxReducedChiSquare);
        return m;
    }
}
