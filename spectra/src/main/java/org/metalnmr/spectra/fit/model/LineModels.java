package org.metalnmr.spectra.fit.model;

import java.nio.file.Path;
import org.metalnmr.spectra.SpectraMessage;

/**
 * Resolves a model specification of the command line: {@code peaks:N} (built-in, initial values
 * guessed from the data) or the path of a JSON model file. (The physical {@code morphology} model
 * lives in the toolkit.)
 */
public final class LineModels {

    private LineModels() {
    }

    /**
     * @param specification  {@code peaks:N} or a model file path
     * @param ppm            shifts of the data [ppm]
     * @param y              real part of the data
     * @param loPpm          fit range start [ppm] (NaN: none)
     * @param hiPpm          fit range end [ppm] (NaN: none)
     * @param linearBaseline for {@code peaks:N}: add baseline0 and baseline1
     * @return the model
     */
    public static PseudoVoigtLinesModel resolve(String specification, double[] ppm, double[] y, double loPpm, double hiPpm,
                                                boolean linearBaseline) {
        int n = PeaksModel.parseCount(specification);
        if (n > 0) {
            return PeaksModel.guess(n, ppm, y, loPpm, hiPpm, linearBaseline);
        }
        Path file = Path.of(specification);
        if (!java.nio.file.Files.isRegularFile(file)) {
            throw new org.metalnmr.core.error.InvalidInputException(SpectraMessage.MODEL_SPEC_UNKNOWN, specification);
        }
        return ModelFile.read(file);
    }
}
