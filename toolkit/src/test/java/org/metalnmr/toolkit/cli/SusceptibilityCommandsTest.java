package org.metalnmr.toolkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.metalnmr.core.materials.Materials;

class SusceptibilityCommandsTest {

    private static JsonNode json(String... args) throws Exception {
        CliRunner r = CliRunner.run(args);
        assertEquals(0, r.exitCode(), r.err());
        return new ObjectMapper().readTree(r.out());
    }

    @Test
    void demagSphereCubeAndCylinder() throws Exception {
        JsonNode s = json("demag", "--shape", "ellipsoid", "--semi-axes-m", "1e-4,1e-4,1e-4", "--json");
        assertEquals(1.0 / 3, s.get("nzz").asDouble(), 1e-14);
        JsonNode c = json("demag", "--shape", "prism", "--size-m", "2e-3,2e-3,2e-3", "--json");
        assertEquals(1.0 / 3, c.get("nxx").asDouble(), 1e-13);
        JsonNode y = json("demag", "--shape", "cylinder", "--diameter-m", "8e-3", "--length-m", "2e-5", "--json");
        double sum = y.get("nxx").asDouble() + y.get("nyy").asDouble() + y.get("nzz").asDouble();
        assertEquals(1, sum, 1e-12);
        // 8 mm x 20 um disk (L/D = 0.0025): N_z = 0.987 (the deficit 1 - N_z ~ (2 tau/pi) ln(1/tau))
        assertTrue(y.get("nzz").asDouble() > 0.98 && y.get("nzz").asDouble() < 1, "thin disk: N_z close to 1");
    }

    /** Li plate with its normal along B0: 261 - 2/3 * 24.1 = 244.93 ppm (docs/physics.md: about 240-245 ppm). */
    @Test
    void shiftOfLithiumPlate() throws Exception {
        JsonNode j = json("shift", "--metal", "Li", "--shape", "plate", "--tilt-deg", "0", "--json");
        double k = Materials.byName("Li").knightShiftPpm("7Li");
        double chi = Materials.byName("Li").chi();
        assertEquals(k - 2e6 * chi / 3, j.get("shiftPpm").asDouble(), 1e-9);
        assertEquals(-2e6 * chi / 3, j.get("bmsPpm").asDouble(), 1e-9);
        assertEquals(k, j.get("knightPpm").asDouble(), 0);
        assertEquals(chi, j.get("chi").asDouble(), 0);
        JsonNode n = json("shift", "--metal", "Li", "--shape", "needle", "--tilt-deg", "90", "--chi", "3e-5", "--knight-ppm", "260", "--json");
        assertEquals(260 - 5, n.get("shiftPpm").asDouble(), 1e-9);
    }

    /** The done-when check: within 0.02 chi of chi (1/3 - N_zz) (measured 4e-4 chi). */
    @Test
    void fieldOfTiltedEllipsoid() throws Exception {
        JsonNode j = json("field", "--shape", "ellipsoid", "--size-m", "3e-4,2e-4,1e-4", "--tilt-deg", "30", "--chi", "2.4e-5",
                "--grid", "64", "--json");
        double analytic = j.get("analyticPpm").asDouble();
        assertEquals(analytic, j.get("insideMeanPpm").asDouble(), 0.02 * 24);
        assertEquals(64, j.get("gridN").asInt());
        assertTrue(j.get("seconds").asDouble() > 0);
        JsonNode p = json("field", "--shape", "prism", "--size-m", "2e-4,2e-4,1e-4", "--chi", "1e-5", "--grid", "32", "--kernel", "dipole", "--json");
        assertTrue(p.get("analyticPpm").isNull());
        assertTrue(p.get("magnetometricPpm").isNumber());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown demag shape|demag --shape cone --size-m 1,1,1|--shape",
        "prism with two sizes|demag --shape prism --size-m 1,1|--size-m",
        "ellipsoid without axes|demag --shape ellipsoid|--semi-axes-m",
        "cylinder without length|demag --shape cylinder --diameter-m 1|--length-m",
        "negative semi-axis|demag --shape ellipsoid --semi-axes-m 1,-1,1|semi-axis",
        "unknown metal|shift --metal Xx --shape plate|Xx",
        "unknown shift shape|shift --metal Li --shape cube|--shape",
        "bad chi|shift --metal Li --shape plate --chi 5|--chi",
        "bad kernel|field --shape sphere --size-m 1e-4 --chi 1e-5 --grid 32 --kernel fancy|--kernel",
        "grid not FFT friendly|field --shape sphere --size-m 1e-4 --chi 1e-5 --grid 22|grid",
        "sphere with three sizes|field --shape sphere --size-m 1e-4,1e-4,1e-4 --chi 1e-5 --grid 32|--size-m",
        "missing chi|field --shape sphere --size-m 1e-4 --grid 32|--chi",
    })
    void badInputExitsTwoWithOneLine(String what, String args, String mentioned) {
        CliRunner r = CliRunner.run(args.split(" "));
        assertEquals(2, r.exitCode(), what + ": " + r.err());
        assertEquals("", r.out());
        assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
        assertTrue(r.err().contains(mentioned), r.err());
    }
}
