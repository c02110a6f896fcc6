package org.metalnmr.validation.checks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.metalnmr.core.io.SpectrumReaders;
import org.metalnmr.core.spectrum.Spectrum;
import org.metalnmr.toolkit.check.CheckProvider;
import org.metalnmr.toolkit.check.CheckResult;
import org.metalnmr.validation.SharedData;

/**
 * The real operando 7Li series of a Li||Li cell (shared/data/operando-li-li, datalab-org example
 * data, MIT licence): the bulk metal line near 248 ppm in the first spectrum and the microstructure
 * line near 266-271 ppm at the end, read from the processed Bruker data. Positions are the maxima of
 * the real spectrum between 220 and 310 ppm, refined by a parabola through the three top points.
 */
public final class OperandoLineChecks implements CheckProvider {

    private static final String SOURCE = "shared/data/README.md: bulk Li near 248 ppm; microstructure near 266-271 ppm";

    @Override
    public String topic() {
        return "09 operando-data";
    }

    @Override
    public List<CheckResult> run() {
        Optional<Path> root = SharedData.root();
        List<CheckResult> out = new ArrayList<>();
        if (root.isEmpty()) {
            return out;
        }
        Path series = root.get().resolve("operando-li-li/bruker");
        double first = maximumPpm(SpectrumReaders.read(series.resolve("1")).get(0).spectrum(), 220, 310);
        double last = maximumPpm(SpectrumReaders.read(series.resolve("599")).get(0).spectrum(), 220, 310);
        out.add(new CheckResult("operando exp 1: bulk Li line position", "operando-data", 248.0, first, 1.0, "ppm", SOURCE));
        out.add(new CheckResult("operando exp 599: microstructure line (266-271)", "operando-data", 268.5, last, 2.5, "ppm", SOURCE));
        return out;
    }

    static double maximumPpm(Spectrum s, double loPpm, double hiPpm) {
        int best = -1;
        for (int i = 1; i < s.axis().size() - 1; i++) {
            double p = s.axis().ppm(i);
            if (p >= loPpm && p <= hiPpm && (best < 0 || s.realAt(i) > s.realAt(best))) {
                best = i;
            }
        }
        double a = s.realAt(best - 1);
        double b = s.realAt(best);
        double c = s.realAt(best + 1);
        double denom = a - 2 * b + c;
        double shift = denom == 0 ? 0 : 0.5 * (a - c) / denom;
        return s.axis().ppm(best + shift);
    }
}
