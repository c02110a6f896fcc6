package org.metalnmr.fuzz;

import java.nio.charset.StandardCharsets;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.metalnmr.spectra.fit.model.ModelFile;
import org.metalnmr.toolkit.scenario.ScenarioFiles;

/**
 * Fuzz targets of the JSON inputs a user writes: scenario files ({@code simulate}) and model files ({@code fit
 * --model FILE}). Seeds are the example scenarios and models of {@code examples/}.
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
}
