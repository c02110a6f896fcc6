package org.metalnmr.toolkit.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.metalnmr.core.materials.Materials;
import org.metalnmr.core.nuclei.Nuclei;
import org.metalnmr.core.units.FieldConversions;
import org.metalnmr.rf.skin.SkinDepth;
import org.metalnmr.toolkit.cli.CliRunner;
import org.metalnmr.toolkit.forward.ForwardSimulation;
import org.metalnmr.core.constants.PhysicalConstants;
import org.metalnmr.core.synthesis.SynthesisResult;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The explore server's API: status codes, validation as the CLI validates, the loopback and DNS-rebinding
 * guards, and numbers equal to the library's and to the CLI's for the same inputs.
 */
class ExploreApiTest {

    private static ExploreServer server;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() {
        server = SharedExploreServer.get();
    }

    private static HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(server.uri().resolve(pathAndQuery)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode ok(String pathAndQuery) throws Exception {
        HttpResponse<String> r = get(pathAndQuery);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        return JSON.readTree(r.body());
    }

    private static JsonNode cli(String... args) throws Exception {
        CliRunner r = CliRunner.run(args);
        assertEquals(0, r.exitCode(), r.err());
        return JSON.readTree(r.out());
    }

    /** A raw HTTP/1.1 exchange, so that the Host header can be anything; returns the status code. */
    private static int raw(String request) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            StringBuilder line = new StringBuilder();
            int c;
            while ((c = in.read()) >= 0 && c != '\n') {
                line.append((char) c);
            }
            return Integer.parseInt(line.toString().split(" ")[1]);
        }
    }

    @Test
    void servesOnLoopbackOnly() {
        assertEquals("127.0.0.1", server.uri().getHost());
    }

    @Test
    void skinDepthEqualsTheLibraryAndTheCli() throws Exception {
        JsonNode api = ok("/api/skin-depth?nucleus=7Li&metal=Li&protonMhz=400&temperatureK=293");
        double expected = SkinDepth.skinDepth(Materials.byName("Li").resistivity(293), Materials.byName("Li").muR(),
                Nuclei.bySymbol("7Li").larmorFrequency(FieldConversions.b0FromProtonFrequency(400e6)));
        assertEquals(expected, api.get("skinDepthM").asDouble(), 1e-15 * expected);
        JsonNode c = cli("skin-depth", "--nucleus", "7Li", "--metal", "Li", "--proton-mhz", "400", "--json");
        for (String key : new String[] {"skinDepthM", "larmorHz", "resistivityOhmM", "b0Tesla"}) {
            assertEquals(c.get(key).asDouble(), api.get(key).asDouble(), 1e-15 * Math.abs(c.get(key).asDouble()), key);
        }
        // the published 7Li skin depth at 400 MHz (docs/physics.md section 3: 12.31 um), as the CLI's own test asserts
        assertEquals(12.31e-6, api.get("skinDepthM").asDouble(), 0.003 * 12.31e-6);
    }

    @Test
    void depthProfileIsTheClassicalSkinEffect() throws Exception {
        JsonNode api = ok("/api/skin-depth?nucleus=23Na&metal=Na&b0Tesla=9.4");
        double d = api.get("skinDepthM").asDouble();
        JsonNode x = api.get("depthM");
        JsonNode amp = api.get("amplitude");
        JsonNode lag = api.get("phaseLagDeg");
        assertEquals(SkinDepthPanel.PROFILE_POINTS, x.size());
        for (int i = 0; i < x.size(); i++) {
            double u = x.get(i).asDouble() / d;
            // h(x) = exp(-(1+i) x/d): amplitude exp(-x/d), phase lag x/d rad (Jackson sect. 8.1), unwrapped past 180 deg
            assertEquals(Math.exp(-u), amp.get(i).asDouble(), 1e-12);
            assertEquals(Math.toDegrees(u), lag.get(i).asDouble(), 1e-9);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"slab", "cylinder-axial", "cylinder-transverse", "sphere"})
    void sizeEqualsTheCliPenetration(String shape) throws Exception {
        JsonNode api = ok("/api/size?shape=" + shape + "&sizeM=3e-5&nucleus=7Li&metal=Li&protonMhz=500&temperatureK=323");
        JsonNode c = cli("penetration", "--metal", "Li", "--nucleus", "7Li", "--proton-mhz", "500", "--temperature-k", "323",
                "--shape", shape, "--size-m", "3e-5", "--json");
        assertEquals(c.get("visibleFraction").asDouble(), api.get("visibleFraction").asDouble(), 1e-12);
        assertEquals(c.get("phaseDeg").asDouble(), api.get("phaseDeg").asDouble(), 1e-9);
        assertEquals(c.get("sizeOverSkinDepth").asDouble(), api.get("sizeOverSkinDepth").asDouble(), 1e-12);
        // limits of the curve: a body much thinner than d is seen whole and in phase; a thick one lags by 45 degrees
        JsonNode vis = api.get("curveVisibleFraction");
        JsonNode ph = api.get("curvePhaseDeg");
        assertEquals(1, vis.get(0).asDouble(), 0.01);
        assertEquals(0, ph.get(0).asDouble(), 1);
        assertEquals(45, ph.get(ph.size() - 1).asDouble(), 3);
    }

    @ParameterizedTest
    @CsvSource({"plate,0", "plate,90", "plate,35", "needle,0", "needle,90", "sphere,20"})
    void bmsEqualsTheCliShift(String shape, double tilt) throws Exception {
        JsonNode api = ok("/api/bms?metal=Li&shape=" + shape + "&tiltDeg=" + tilt);
        JsonNode c = cli("shift", "--metal", "Li", "--shape", shape, "--tilt-deg", Double.toString(tilt), "--json");
        assertEquals(c.get("shiftPpm").asDouble(), api.get("shiftPpm").asDouble(), 1e-9);
        assertEquals(c.get("bmsPpm").asDouble(), api.get("bmsPpm").asDouble(), 1e-9);
        double chi = api.get("chi").asDouble();
        double k = api.get("knightPpm").asDouble();
        if (shape.equals("plate") && tilt == 0) {
            assertEquals(k - 2 * chi * 1e6 / 3, api.get("shiftPpm").asDouble(), 1e-6); // normal along B0: K - 2chi/3
        }
        if (shape.equals("sphere")) {
            assertEquals(k, api.get("shiftPpm").asDouble(), 1e-9);
        }
    }

    @Test
    void ellipsoidFactorsEqualTheCliDemag() throws Exception {
        JsonNode api = ok("/api/bms?metal=Li&shape=ellipsoid&aspect=0.2&tiltDeg=0");
        JsonNode c = cli("demag", "--shape", "ellipsoid", "--semi-axes-m", "1,1,0.2", "--json");
        for (String n : new String[] {"nxx", "nyy", "nzz"}) {
            assertEquals(c.get(n).asDouble(), api.get(n).asDouble(), 1e-12, n);
        }
        assertEquals(1, api.get("nxx").asDouble() + api.get("nyy").asDouble() + api.get("nzz").asDouble(), 1e-12);
        JsonNode sphere = ok("/api/bms?metal=Li&shape=ellipsoid&aspect=1&tiltDeg=40");
        assertEquals(1.0 / 3, sphere.get("labNzz").asDouble(), 1e-9);
    }

    @Test
    void liPlateCarriesTheMeasuredStripSeries() throws Exception {
        JsonNode strip = ok("/api/bms?metal=Li&shape=plate&tiltDeg=0").get("strip");
        assertEquals(4, strip.get("shiftPpm").size());
        // Trease et al. (2012): the strip along B0 (normal tilt 90) at 272 ppm, across B0 (normal tilt 0) at 242 ppm
        assertEquals(90, strip.get("normalTiltDeg").get(0).asDouble(), 0);
        assertEquals(272, strip.get("shiftPpm").get(0).asDouble(), 0);
        assertEquals(242, strip.get("shiftPpm").get(3).asDouble(), 0);
        assertFalse(ok("/api/bms?metal=Li&shape=needle").has("strip"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown metal|/api/skin-depth?metal=Xy|Xy",
        "unknown nucleus|/api/skin-depth?nucleus=99Xx|99Xx",
        "temperature out of range|/api/skin-depth?temperatureK=1000|temperatureK",
        "negative field|/api/skin-depth?b0Tesla=-2|b0Tesla",
        "not a number|/api/skin-depth?protonMhz=abc|protonMhz",
        "both fields|/api/skin-depth?protonMhz=400&b0Tesla=9.4|protonMhz",
        "unknown parameter|/api/skin-depth?colour=red|colour",
        "given twice|/api/bms?tiltDeg=1&tiltDeg=2|tiltDeg",
        "unknown shape|/api/size?shape=torus|torus",
        "zero size|/api/size?sizeM=0|sizeM",
        "tilt out of range|/api/bms?tiltDeg=1e9|tiltDeg",
        "chi out of range|/api/bms?chi=3|chi",
        "aspect out of range|/api/bms?shape=ellipsoid&aspect=1e6|aspect",
        "isotope not offered|/api/cells?isotope=23Na|isotope",
        "flip not offered|/api/cells?flipDeg=45|flipDeg",
        "deposit scale|/api/cells?depositScale=-1|depositScale",
        "maps take no variant|/api/cell-maps?kappa=7|kappa",
        "negative kappa|/api/cells?kappa=-1|kappa",
        "kappa beyond the page's range|/api/cells?kappa=1e5|kappa",
        "kappa not a number|/api/cells?kappa=NaN|kappa",
        "no whiskers|/api/cells?whiskersPerMm2=0|whiskersPerMm2",
        "too many whiskers to re-run|/api/cells?whiskersPerMm2=1e6|whiskersPerMm2",
    })
    void badInputIs400WithOneLine(String what, String request, String named) throws Exception {
        HttpResponse<String> r = get(request);
        assertEquals(400, r.statusCode(), r.body());
        JsonNode j = JSON.readTree(r.body());
        String message = j.get("error").asText();
        assertTrue(message.contains(named), message);
        assertFalse(message.contains("\n"));
        assertFalse(message.contains("Exception"), message);
    }

    @Test
    void overlongQueryIsRefused() throws Exception {
        HttpResponse<String> r = get("/api/skin-depth?metal=" + "L".repeat(QueryParameters.MAX_QUERY_CHARS));
        assertEquals(400, r.statusCode());
    }

    @Test
    void foreignHostIsRefused() throws Exception {
        int p = server.port();
        assertEquals(200, raw("GET /api/skin-depth HTTP/1.1\r\nHost: 127.0.0.1:" + p + "\r\nConnection: close\r\n\r\n"));
        assertEquals(200, raw("GET / HTTP/1.1\r\nHost: localhost:" + p + "\r\nConnection: close\r\n\r\n"));
        // DNS rebinding: a foreign name resolved to 127.0.0.1 arrives with its own Host
        assertEquals(403, raw("GET /api/skin-depth HTTP/1.1\r\nHost: evil.example:" + p + "\r\nConnection: close\r\n\r\n"));
        assertEquals(403, raw("GET / HTTP/1.1\r\nHost: 127.0.0.1:" + (p + 1) + "\r\nConnection: close\r\n\r\n"));
        assertEquals(403, raw("GET / HTTP/1.0\r\n\r\n"));
    }

    @Test
    void foreignOriginIsRefused() throws Exception {
        HttpResponse<String> foreign = CLIENT.send(HttpRequest.newBuilder(server.uri().resolve("/api/bms"))
                .header("Origin", "http://evil.example").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, foreign.statusCode());
        HttpResponse<String> own = CLIENT.send(HttpRequest.newBuilder(server.uri().resolve("/api/bms"))
                .header("Origin", "http://127.0.0.1:" + server.port()).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, own.statusCode());
        HttpResponse<String> opaque = CLIENT.send(HttpRequest.newBuilder(server.uri().resolve("/api/bms"))
                .header("Origin", "null").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, opaque.statusCode());
    }

    @Test
    void onlyGetWithoutBody() throws Exception {
        HttpResponse<String> post = CLIENT.send(HttpRequest.newBuilder(server.uri().resolve("/api/bms"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, post.statusCode());
        HttpResponse<String> body = CLIENT.send(HttpRequest.newBuilder(server.uri().resolve("/api/bms"))
                .method("GET", HttpRequest.BodyPublishers.ofString("x".repeat(100))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(413, body.statusCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/etc/passwd", "/../pom.xml", "/org/metalnmr/toolkit/explore/web/index.html", "/api/nothing",
        "/vendor/../explore.js/x"})
    void nothingButTheListedFiles(String path) throws Exception {
        assertEquals(404, get(path).statusCode());
    }

    @Test
    void pageAndVendoredLibraryComeFromTheJarAndReferNothingOutside() throws Exception {
        HttpResponse<String> page = get("/");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("/vendor/uPlot.iife.min.js"));
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'self'"));
        for (String f : new String[] {"/", "/explore.js", "/explore.css", "/vendor/uPlot.min.css"}) {
            String text = get(f).body();
            assertFalse(text.matches("(?s).*(src|href)=\"https?:.*"), f + " loads something from elsewhere");
            assertFalse(text.contains("url(http"), f);
        }
        assertEquals(200, get("/vendor/uPlot.iife.min.js").statusCode());
        assertTrue(get("/vendor/LICENSE-uPlot.txt").body().contains("MIT"));
    }

    /** Polls the cell panel until its answer is no longer "computing" (the field solves, then a re-run). */
    private static JsonNode cellsReady(String query) throws Exception {
        long deadline = System.nanoTime() + 900_000_000_000L;
        JsonNode r = ok("/api/cells" + query);
        while (r.get("status").asText().equals("computing") && System.nanoTime() < deadline) {
            Thread.sleep(500);
            r = ok("/api/cells" + query);
        }
        assertEquals("ready", r.get("status").asText(), r.toString());
        return r;
    }

    @Test
    void aReRunOfTheDepositEqualsAFullForwardSimulationWithTheSameSettings() throws Exception {
        CellVariant v = new CellVariant("7Li", 90, 4, 8000);
        JsonNode r = cellsReady("?kappa=4&whiskersPerMm2=8000");
        assertEquals("packets re-run on the kept fields", r.get("computedBy").asText());
        // a new solve of cell B, fields and all, with the same settings as the page's re-run
        ForwardSimulation full = CellSolveCache.model(SharedExploreServer.GRID).simulate(CellSolveCache.scenario(v));
        double[] own = full.synthesize().spectrum().real();
        double[] ppm = full.synthesize().spectrum().axis().ppmValues();
        JsonNode cellB = r.get("cellB");
        double peak = 0;
        for (double x : own) {
            peak = Math.max(peak, Math.abs(x / PhysicalConstants.AVOGADRO));
        }
        int checked = 0;
        for (int i = 0, j = 0; i < cellB.get("ppm").size(); i++) {
            while (Math.abs(ppm[j] - cellB.get("ppm").get(i).asDouble()) > 1e-9) {
                j++;
            }
            // the same packets (the field solves are deterministic, ForwardModelResimulateTest), the same synthesis
            assertEquals(own[j] / PhysicalConstants.AVOGADRO, cellB.get("total").get(i).asDouble(), 1e-9 * peak);
            checked++;
        }
        assertTrue(checked > 500);
        // the whisker line moves with the settings and the foil stays: against the scenario's own kappa 20, 20 000 per mm^2
        JsonNode own20 = cellsReady("");
        assertTrue(Math.abs(own20.get("cellB").get("whiskerShiftPpm").asDouble() - cellB.get("whiskerShiftPpm").asDouble()) > 0.5);
        assertEquals(own20.get("cellB").get("summaries").get(0).get("integralMol").asDouble(),
                cellB.get("summaries").get(0).get("integralMol").asDouble(), 0, "the foil's packets are kept");
    }

    @Test
    void cellsSayComputingThenAnswerWithTheForwardModelsSpectra() throws Exception {
        JsonNode first = ok("/api/cells");
        assertTrue(first.get("status").asText().equals("computing") || first.get("status").asText().equals("ready"));
        long deadline = System.nanoTime() + 900_000_000_000L;
        JsonNode r = first;
        while (r.get("status").asText().equals("computing") && System.nanoTime() < deadline) {
            int mapsStatus = get("/api/cell-maps").statusCode();
            assertTrue(mapsStatus == 503 || mapsStatus == 200, Integer.toString(mapsStatus)); // 200 once the solve ends meanwhile
            Thread.sleep(1000);
            r = ok("/api/cells");
        }
        assertEquals("ready", r.get("status").asText(), r.toString());
        HttpResponse<byte[]> maps = CLIENT.send(HttpRequest.newBuilder(server.uri().resolve("/api/cell-maps")).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, maps.statusCode());
        assertEquals("image/png", maps.headers().firstValue("Content-Type").orElse(""));

        // at the scenario's own broadening and deposit amount the page's spectrum is the forward model's synthesis
        ForwardSimulation b = server.cellsFor(CellVariant.DEFAULT).cellB();
        SynthesisResult own = b.synthesize();
        JsonNode cellB = r.get("cellB");
        double[] ppm = own.spectrum().axis().ppmValues();
        JsonNode pagePpm = cellB.get("ppm");
        JsonNode pageTotal = cellB.get("total");
        double peak = 0;
        for (double v : own.spectrum().real()) {
            peak = Math.max(peak, Math.abs(v / PhysicalConstants.AVOGADRO));
        }
        int checked = 0;
        for (int i = 0, j = 0; i < pagePpm.size(); i++) {
            while (Math.abs(ppm[j] - pagePpm.get(i).asDouble()) > 1e-9) {
                j++;
            }
            assertEquals(own.spectrum().real()[j] / PhysicalConstants.AVOGADRO, pageTotal.get(i).asDouble(), 1e-9 * peak);
            checked++;
        }
        assertTrue(checked > 500);

        // the deposit amount scales the whiskers' integral and nothing else
        JsonNode twice = ok("/api/cells?depositScale=2");
        for (int i = 0; i < cellB.get("summaries").size(); i++) {
            JsonNode one = cellB.get("summaries").get(i);
            JsonNode two = twice.get("cellB").get("summaries").get(i);
            double factor = one.get("kind").asText().equals("WHISKERS") ? 2 : 1;
            assertEquals(factor * one.get("integralMol").asDouble(), two.get("integralMol").asDouble(), 1e-12 * two.get("integralMol").asDouble());
        }
    }
}
