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

    @ParameterizedTest(name = "{0}")
    @CsvSource({"cylinder-axial", "cylinder-transverse"})
    void numericAgreesWithAnalyticWithinOnePercentForDiameterTwoSkinDepths(String shape) throws Exception {
        ObjectMapper om = new ObjectMapper();
        CliRunner a0 = CliRunner.run("penetration", "--metal", "Li", "--nucleus", "7Li", "--proton-mhz", "500", "--shape",
                shape, "--size-m", "1e-5", "--json");
        double d = om.readTree(a0.out()).get("skinDepthM").asDouble();
        String size = Double.toString(2 * d);
        JsonNode an = om.readTree(CliRunner.run("penetration", "--metal", "Li", "--nucleus", "7Li", "--proton-mhz", "500",
                "--shape", shape, "--size-m", size, "--json").out());
        CliRunner nr = CliRunner.run("penetration", "--metal", "Li", "--nucleus", "7Li", "--proton-mhz", "500",
                "--shape", shape, "--size-m", size, "--method", "numeric", "--json");
        assertEquals(0, nr.exitCode(), nr.err());
        JsonNode nu = om.readTree(nr.out());
        assertEquals("numeric", nu.get("method").asText());
        double re = nu.get("signalPerVolumeReal").asDouble() - an.get("signalPerVolumeReal").asDouble();
        double im = nu.get("signalPerVolumeImag").asDouble() - an.get("signalPerVolumeImag").asDouble();
        assertTrue(Math.hypot(re, im) < 0.01 * an.get("signalPerVolume").asDouble(), nu + " vs " + an);
    }

    @Test
    void b0AngleCountsOnlyTheTransversePart() throws Exception {
        // a thin slab: the internal field is the applied one, its part transverse to B0 sin^2(angle) of it
        JsonNode thin = json("penetration", "--metal", "Li", "--nucleus", "7Li", "--proton-mhz", "500", "--shape", "slab",
                "--size-m", "1e-8", "--b0-angle-deg", "30", "--json");
        assertEquals(0.25, thin.get("signalPerVolume").asDouble(), 1e-4);
        assertEquals(30.0, thin.get("b0AngleDeg").asDouble(), 0);
        // a thick sphere (D = 2 mm): the surface field (3/2) H0 x n gives (7 sin^2 + 2)/10 of the all-component value,
        // 0.9 at 90 degrees and 0.2 at 0, up to corrections of order d/D = 1/180
        JsonNode s90 = json("penetration", "--metal", "Li", "--nucleus", "7Li", "--proton-mhz", "500", "--shape", "sphere",
                "--size-m", "2e-3", "--json");
        JsonNode s0 = json("penetration", "--metal", "Li", "--nucleus", "7Li", "--proton-mhz", "500", "--shape", "sphere",
                "--size-m", "2e-3", "--b0-angle-deg", "0", "--json");
        assertEquals(0.2 / 0.9, s0.get("signalPerVolume").asDouble() / s90.get("signalPerVolume").asDouble(), 0.01);
        assertEquals(0.9, s90.get("signalPerVolume").asDouble() / s90.get("skinLayerVisibleFraction").asDouble(), 0.02);
    }

    @Test
    void numericRefusesHalfSpace() {
        CliRunner r = CliRunner.run("penetration", "--metal", "Li", "--nucleus", "7Li", "--proton-mhz", "500", "--shape",
                "half-space", "--size-m", "1e-4", "--method", "numeric");
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains("--shape with --method numeric"), r.err());
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
        "numeric with flip|--method numeric --flip-deg 30|--flip-deg",
        "unknown method|--method magic|--method",
        "bad flip|--flip-deg -5|--flip-deg",
        "unknown metal|--metal Xx|Xx",
        "bad b0 angle|--b0-angle-deg 200|--b0-angle-deg",
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
