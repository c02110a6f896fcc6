package org.metalnmr.toolkit.morphology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.metalnmr.core.spectrum.Spectrum;
import org.metalnmr.spectra.fit.FitResult;
import org.metalnmr.spectra.fit.SpectrumFitter;
import org.metalnmr.spectra.io.SpectrumReaders;
import org.metalnmr.toolkit.series.SeriesModel;
import org.metalnmr.toolkit.series.SeriesStep;

/**
 * The onset of the real Li||Li series (experiment 13, 1.0 h after the current was switched on): the whisker line is about
 * 1 % of the peak at 272 ppm, and the bulk metal line has a narrow and a broad part (the two foils, one rougher). A fresh
 * fit with the whisker shape free moved the whisker component onto the broad part of the metal line (packing 0.46, axes
 * isotropic, mean line 253.6 ppm: not whiskers) and left the whisker line in the residual, at reduced chi-square 14.2 (17.7
 * before the counter foil had its own roughness); the staged fresh fit of the series engine (whiskers first held as isolated
 * needles along the electrode normal, then all free) reaches 2.90 (docs/morphology-model.md section 6.2).
 */
class OnsetFitTest {

    /** The material table's Knight shift of Li [ppm] (docs/physics.md, "about 261 ppm"). */
    private static final double K_TABLE = 261.0;
    private static final double CHI_PPM = 24.1;

    private static MorphologySettings settings() {
        return MorphologySettings.defaults(CellOrientation.cellB()).withComplexData(true).withBaseline(true)
                .withComponents(EnumSet.of(MorphologyComponent.FOIL, MorphologyComponent.COUNTER_FOIL, MorphologyComponent.WHISKERS));
    }

    /**
     * Experiment 13 by the staged fresh fit against the plain fresh fit from the same guess. Measured: 2.90 against 14.2.
     * Asserted: the staged fit below the measured value plus 35 % (the margin of MorphologyComplexTest and CounterFoilTest: a
     * different optimiser path moves it by a few %) and at least 3 times below the plain fit; the Knight shift within 3 ppm
     * of the table (the data's referencing moved it by 0.4-1.8 ppm over the series in section 6; the two-signed offset let it
     * sit at 266-269 ppm at the onset); and the whisker line where isolated needles along B0 are, \( K + \chi/3 \), to within
     * 3 ppm (a packing of 0.1 lowers it by 1.6 ppm; the broad part of the metal line is 16 ppm lower).
     */
    @Test
    void theStagedFreshFitDescribesTheOnset() {
        Spectrum sp = SpectrumReaders.read(Path.of("..", "data", "operando-li-li", "bruker", "13")).get(0).spectrum();
        double[] ppm = sp.axis().ppmValues();
        SpectrumFitter fitter = new SpectrumFitter().withRangePpm(200, 320);
        SeriesModel plain = SeriesModel.of("morphology", s -> MorphologyModel.guess(settings(), ppm, s.real(), 200, 320));
        SeriesModel staged = plain.withStagedFreshFit(m -> ((MorphologyModel) m).withWhiskerShapeHeld(0, 8));
        FitResult p = plain.fit(fitter, false, sp, null, null).result();
        SeriesStep step = staged.fit(fitter, false, sp, null, null);
        FitResult s = step.result();
        assertTrue(s.reducedChiSquare() < 1.35 * 2.90, "staged: reduced chi-square " + s.reducedChiSquare());
        assertTrue(3 * s.reducedChiSquare() < p.reducedChiSquare(), "staged " + s.reducedChiSquare() + ", plain " + p.reducedChiSquare());
        double k = s.value(MorphologyParameter.KNIGHT_PPM.key());
        assertEquals(K_TABLE, k, 3.0, "Knight shift");
        MorphologyModel m = (MorphologyModel) step.model();
        double[] values = m.parameters().stream().mapToDouble(q -> s.value(q.name())).toArray();
        double whiskerLine = m.shiftDistribution(MorphologyComponent.WHISKERS, values).meanPpm();
        assertEquals(k + CHI_PPM / 3, whiskerLine, 3.0, "whisker line");
        double offset = s.value(MorphologyParameter.COUNTER_FOIL_OFFSET_PPM.key());
        assertTrue(offset >= 0 && offset <= 0.25 * CHI_PPM, "offset " + offset);
    }

    /** A model without free whisker packing and spread has no staged fit. */
    @Test
    void noStagingWithoutAFreeWhiskerShape() {
        MorphologyModel held = MorphologyModel.of(settings().withFixedValues(Map.of(MorphologyParameter.WHISKER_PACKING, 0.1)),
                Map.of(), 0.1, 200, 320);
        assertEquals(null, held.withWhiskerShapeHeld(0, 8));
        MorphologyModel free = MorphologyModel.of(settings(), Map.of(), 0.1, 200, 320);
        MorphologyModel first = free.withWhiskerShapeHeld(0, 8);
        assertTrue(!first.isFree(MorphologyParameter.WHISKER_PACKING) && !first.isFree(MorphologyParameter.WHISKER_SPREAD_DEG));
        assertEquals(free.parameters().size() - 2, first.parameters().size());
    }
}
