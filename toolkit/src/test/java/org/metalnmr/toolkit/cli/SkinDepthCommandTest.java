package org.metalnmr.toolkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SkinDepthCommandTest {

    @Test
    void jsonReportsPublishedLithiumSkinDepth() throws Exception {
        CliRunner r = CliRunner.run("skin-depth", "--nucleus", "7Li", "--metal", "Li", "--proton-mhz", "400", "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals(1.231e-5, j.get("skinDepthM").asDouble(), 0.003 * 1.231e-5);
        for (String key : new String[] {"nucleus", "metal", "larmorHz", "skinDepthM", "resistivityOhmM", "muR"}) {
            assertTrue(j.has(key), key);
        }
        assertEquals("", r.err());
    }

    @Test
    void fieldAsTeslaEqualsFieldAsProtonFrequency() throws Exception {
        ObjectMapper m = new ObjectMapper();
        JsonNode a = m.readTree(CliRunner.run("skin-depth", "--nucleus", "23Na", "--metal", "Na", "--b0-tesla", "9.394640143", "--json").out());
        JsonNode b = m.readTree(CliRunner.run("skin-depth", "--nucleus", "23Na", "--metal", "Na", "--proton-mhz", "400", "--json").out());
        assertEquals(a.get("skinDepthM").asDouble(), b.get("skinDepthM").asDouble(), 1e-14);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown nucleus|--nucleus 99Xx --metal Li --proton-mhz 400|99Xx",
        "unknown metal|--nucleus 7Li --metal Xy --proton-mhz 400|Xy",
        "negative field|--nucleus 7Li --metal Li --proton-mhz -400|--proton-mhz",
        "non-numeric field|--nucleus 7Li --metal Li --b0-tesla abc|--b0-tesla",
        "missing field|--nucleus 7Li --metal Li|--b0-tesla",
        "both fields|--nucleus 7Li --metal Li --b0-tesla 9 --proton-mhz 400|mutually exclusive",
        "negative temperature|--nucleus 7Li --metal Li --proton-mhz 400 --temperature-k -3|temperature",
        "non-numeric temperature|--nucleus 7Li --metal Li --proton-mhz 400 --temperature-k warm|--temperature-k",
        "missing nucleus|--metal Li --proton-mhz 400|--nucleus",
        "unknown option|--nucleus 7Li --metal Li --proton-mhz 400 --frobnicate|--frobnicate",
    })
    void badInputExitsTwoWithOneLine(String what, String args, String mentioned) {
        String[] argv = ("skin-depth " + args).split(" ");
        CliRunner r = CliRunner.run(argv);
        assertEquals(2, r.exitCode(), what + ": " + r.err());
        assertEquals("", r.out());
        assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
        assertTrue(r.err().contains(mentioned), r.err());
        assertTrue(!r.err().contains("Exception") && !r.err().contains("\tat "), r.err());
    }
}
