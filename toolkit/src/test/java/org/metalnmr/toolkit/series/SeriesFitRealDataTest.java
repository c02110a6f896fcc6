package org.metalnmr.toolkit.series;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.metalnmr.spectra.fit.SpectrumFitter;
import org.metalnmr.spectra.fit.model.PeaksModel;
import org.metalnmr.spectra.io.LabelledSpectrum;
import org.metalnmr.spectra.io.ReadOptions;
import org.metalnmr.spectra.io.SpectrumReaders;

/**
 * The series engine on the 300 real operando spectra of a plating Li||Li cell (data/operando-li-li, 48.7 h): the issue 13
 * findings (lines swapping, a "microstructure fraction" of 0.66 before the microstructure exists, poor fits reported without a
 * word) are each checked.
 */
class SeriesFitRealDataTest {

    private static final double LO = 220;
    private static final double HI = 310;
    private static List<LabelledSpectrum> spectra;
    private static SeriesFit.Result forward;

    @BeforeAll
    static void fitForward() {
        assertTrue(Files.isDirectory(RegionIntegralsTest.OPERANDO), "data/operando-li-li not found");
        spectra = SpectrumReaders.readAll(List.of(RegionIntegralsTest.OPERANDO), ReadOptions.DEFAULT);
        forward = liMetal().fit(spectra);
    }

    private static SeriesFit liMetal() {
        LiMetalModel model = new LiMetalModel(LiMetalWindows.of("Li", "7Li", 0), LO, HI, false);
        return new SeriesFit(model, new SpectrumFitter().withRangePpm(LO, HI)).withErrorsScaled(true);
    }

    @Test
    void timesComeFromTheAcquisitionDates() {
        assertEquals(300, forward.rows().size());
        assertEquals(0, forward.rows().get(0).timeS());
        // experiment 599 is 48.7 h after experiment 1 (acqus $DATE), not 299 x anything
        assertEquals(48.7, forward.rows().get(299).hours(), 0.1);
    }

    @Test
    void liMetalLinesNeverSwap() {
        for (SeriesRow r : forward.rows()) {
            double bulk = r.get("centerPpmBulk").value();
            double micro = r.get("centerPpmMicro").value();
            assertTrue(bulk > 243 && bulk < 250, r.label() + ": bulk line at " + bulk);
            assertTrue(micro > 262 && micro < 276, r.label() + ": microstructure line at " + micro);
            assertTrue(micro - bulk > 16, r.label() + ": lines " + bulk + " and " + micro);
        }
        // the microstructure share grows (plating) and ends where the peaks:2 fit's second line ends (about 0.72)
        SeriesRow last = forward.rows().get(299);
        assertEquals(0.72, last.get("microstructureFraction").value(), 0.03);
    }

    @Test
    void beforeTheFirstHourTheMicrostructureIsAbsentNotTwoThirds() {
        int early = 0;
        for (SeriesRow r : forward.rows()) {
            if (r.hours() < 1) {
                early++;
                double f = r.get("microstructureFraction").value();
                assertTrue(r.get("microstructureDetected").value() == 0 || Math.abs(f) < 0.05, r.label() + ": fraction " + f);
                assertTrue(Math.abs(f) < 0.05, r.label() + ": fraction " + f + " (the old peaks:2 chain reported 0.66 at 0.8 h)");
                assertTrue(r.quality().warnings().stream().anyMatch(w -> w.startsWith("microstructure line absent")), r.label());
            }
        }
        assertTrue(early >= 6, "spectra in the first hour: " + early);
    }

    @Test
    void backwardChainFromTheLastSpectrumAgreesWithTheForwardChainLate() {
        SeriesFit.Result backward = liMetal().withDirection(ChainDirection.BACKWARD).fit(spectra);
        assertEquals(299, backward.rows().get(299).index());
        for (int i = 250; i < 300; i++) {
            SeriesRow f = forward.rows().get(i);
            SeriesRow b = backward.rows().get(i);
            for (String n : List.of("centerPpmBulk", "areaBulk", "centerPpmMicro", "areaMicro", "microstructureFraction")) {
                // the same optimum from two directions: within one (reduced-chi-square scaled) standard error
                assertEquals(f.get(n).value(), b.get(n).value(), f.get(n).stderr(), f.label() + " " + n);
            }
        }
    }

    @Test
    void peaks2FlagsWhatTheOldSeriesHid() {
        SeriesModel peaks = SeriesModel.of("peaks:2", s -> PeaksModel.guess(2, s.axis().ppmValues(), s.real(), LO, HI, false));
        SeriesFit.Result r = new SeriesFit(peaks, new SpectrumFitter().withRangePpm(LO, HI)).fit(spectra);
        SeriesRow last = r.rows().get(299);
        assertTrue(last.quality().reducedChiSquare() > 1000, "48.7 h: reduced chi-square " + last.quality().reducedChiSquare());
        assertTrue(last.quality().is(QualityFlag.POOR));
        assertTrue(last.quality().warnings().stream().anyMatch(w -> w.contains("standard errors (from the noise alone) are too small")),
                last.quality().warnings().toString());
        assertEquals(300, r.summary().poor(), "every spectrum is far from its noise level");
        assertTrue(r.summary().atBound() > 0, "rows with a parameter at a bound are counted, not hidden");
        assertFalse(r.summary().flagged().get(QualityFlag.BOUND).isEmpty());
        // the old chain swapped the lines at 2.3 h without a word: line 2 jumps from the bulk side to the microstructure
        double before = r.rows().get(10).get("centerPpm2").value();
        double after = r.rows().get(20).get("centerPpm2").value();
        assertTrue(before < 255 && after > 265, "peaks:2 line 2 at " + before + " then " + after);
    }

    @Test
    void anInterruptedSeriesResumesWithoutLosingARow() {
        List<LabelledSpectrum> part = spectra.subList(0, 12);
        SeriesFit fit = liMetal();
        List<SeriesRow> delivered = new ArrayList<>();
        RuntimeException kill = new RuntimeException("killed");
        RuntimeException thrown = assertThrows(RuntimeException.class, () -> fit.fit(part, Map.of(), row -> {
            if (delivered.size() == 5) {
                throw kill;
            }
            delivered.add(row);
        }));
        assertEquals(kill, thrown);
        assertEquals(List.of(0, 1, 2, 3, 4), delivered.stream().map(SeriesRow::index).toList(), "a complete prefix of the chain");
        Map<Integer, SeriesRow> done = new HashMap<>();
        delivered.forEach(row -> done.put(row.index(), row));
        List<SeriesRow> more = new ArrayList<>();
        SeriesFit.Result resumed = fit.fit(part, done, more::add);
        assertEquals(7, more.size());
        assertEquals(7, resumed.summary().fitted());
        assertEquals(5, resumed.summary().resumed());
        SeriesFit.Result whole = fit.fit(part);
        for (int i = 0; i < 12; i++) {
            assertEquals(i, resumed.rows().get(i).index());
            SeriesRow a = whole.rows().get(i);
            SeriesRow b = resumed.rows().get(i);
            assertEquals(a.get("areaMicro").value(), b.get("areaMicro").value(), 0.01 * a.get("areaMicro").stderr(), "row " + i);
        }
    }
}
