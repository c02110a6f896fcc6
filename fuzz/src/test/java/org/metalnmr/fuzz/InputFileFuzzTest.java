package org.metalnmr.fuzz;

import java.nio.charset.StandardCharsets;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.metalnmr.spectra.fit.model.ModelFile;
import org.metalnmr.toolkit.scenario.ScenarioFiles;
import org.metalnmr.toolkit.series.CyclerTrace;

/**
 * Fuzz targets of the JSON inputs a user writes: scenario files ({@code simulate}) and model files ({@code fit
 * --model FILE}) and cycler exports ({@code fit-series --cycler FILE}). Seeds are the example scenarios and models of
 * {@code examples/} and the head of the real galvanostatic trace in {@code data/operando-li-li/echem/}.
 */
class InputFileFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void scenarioFile(byte[] data) {
        String json = new String(data, StandardCharsets.UTF_8);
        FuzzContract.parseOrRefuse(() -> ScenarioFiles.parse(json, "scenario.json"));
    }

    @FuzzTest(maxDuration = "10m")
    void modelFile(byte[] data) {
        String json = new String(data, StandardCharsets.UTF_8);
        FuzzContract.parseOrRefuse(() -> ModelFile.parse(json, "model.json"));
    }

    /** A cycler export (voltage against time) as {@code fit-series --cycler} reads it; every number read must be finite. */
    @FuzzTest(maxDuration = "10m")
    void cyclerFile(byte[] data) {
        CyclerTrace trace = FuzzContract.parseOrRefuse(() -> CyclerTrace.read(FuzzContract.file("cycler.txt", data), 0.0));
        if (trace == null) {
            return;
        }
        double[] t = trace.timeS();
        double[] v = trace.volts();
        for (int i = 0; i < t.length; i++) {
            if (!Double.isFinite(t[i]) || !Double.isFinite(v[i]) || (i > 0 && t[i] < t[i - 1])) {
                throw new AssertionError("cycler row " + i + " accepted with time " + t[i] + " s, voltage " + v[i] + " V");
            }
        }
    }
}
