package org.metalnmr.toolkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PenetrationCommandTest {

    private static JsonNode json(String... args) throws Exception {
        CliRunner r = CliRunner.run(args);
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("", r.err());
        return new ObjectMapper().readTree(r.out());
    }

    /** The done-when: 0.5 mm Li slab at 7Li / 500 MHz: phase within 0.5 degree of 45, skin-layer visible fraction. */
    @Test
    void thickLithiumSlabShowsSkinLayer() throws Exception {
        JsonNode j = json("penetration", "--metal", "Li", "--nucleus", "7Li", "--proton-mhz", "500", "--shape", "slab",
                "--size-m", "5e-4", "--json");
        double d = j.get("skinDepthM").asDouble();
        assertEquals(1.10e-5, d, 0.01e-5);
        assertEquals(45.0, Math.abs(j.get("phaseDeg").asDouble()), 0.5);
        assertEquals(45.0, j.get("phaseDeg").asDouble(), 1e-6); // reported as a lag: +45 (Bloembergen)
        assertEquals(d / (Math.sqrt(2) * 5e-4), j.get("visibleFraction").asDouble(), 1e-12);
        assertEquals(j.get("skinLayerVisibleFraction").asDouble(), j.get("visibleFraction").asDouble(), 1e-12);
        assertEquals(j.get("visibleFraction").asDouble(), j.get("signalPerVolume").asDouble(), 0.0);
        for (String key : new String[] {"skinDepthM", "signalPerVolume", "phaseDeg", "visibleFraction"}) {
            assertTrue(j.has(key), key);
        }
    }

    /** Every shape: a body far thinner than d gives 1 and 0 degrees. */
    @ParameterizedTest
    @CsvSource({"slab", "half-space", "cylinder-axial", "cylinder-transverse", "sphere"})
    void thinBodiesAreFullyVisible(String shape) throws Exception {
        JsonNode j = json("penetration", "--metal", "Na", "--nucleus", "23Na", "--b0-tesla", "9.4", "--shape", shape,
                "--size-m", "1e-9", "--json");
        assertEquals(1.0, j.get("signalPerVolume").asDouble(), 1e-3);
        assertEquals(0.0, j.get("phaseDeg").asDouble(), 0.1);
    }

    /** With --flip-deg the reported signal is the nutation value: sin(flip) for a thin body. */
    @Test
    void flipAngleOfThinBody() throws Exception {
        JsonNode j = json("penetration", "--metal", "Li", "--nucleus", "7Li", "--proton-mhz", "400", "--shape", "sphere",
                "--size-m", "1e-8", "--flip-deg", "30", "--json");
        assertEquals(0.5, j.get("signalPerVolume").asDouble(), 1e-5);
        assertEquals(1.0, j.get("visibleFraction").asDouble(), 1e-5);
        assertEquals(30.0, j.get("flipDeg").asDouble(), 0.0);
    }

    @Test
    void textOutput() {
        CliRunner r = CliRunner.run("penetration", "--metal", "Li", "--nucleus", "6Li", "--proton-mhz", "300", "--shape",
                "cylinder-transverse", "--size-m", "2e-5");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("visibleFraction"), r.out());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "non-positive size|--size-m 0|--size-m",
        "negative size|--size-m -1e-3|--size-m",
        "unknown shape|--shape cube|--shape",
        "numeric method|--method numeric|not available yet",
        "unknown method|--method magic|--method",
        "bad flip|--flip-deg -5|--flip-deg",
        "unknown metal|--metal Xx|Xx",
    })
    void badInputExitsTwoWithOneLine(String what, String override, String mentioned) {
        String base = "penetration --metal Li --nucleus 7Li --proton-mhz 500 --shape slab --size-m 1e-4";
        String[] o = override.split(" ");
        String args = base.replaceAll(java.util.regex.Pattern.quote(o[0]) + " \\S+", java.util.regex.Matcher.quoteReplacement(override));
        if (!args.contains(override)) {
            args = base + " " + override;
        }
        CliRunner r = CliRunner.run(args.split(" "));
        assertEquals(2, r.exitCode(), what + ": " + r.err());
        assertEquals("", r.out());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains(mentioned), r.err());
        assertTrue(!r.err().contains("Exception"), r.err());
    }
}
