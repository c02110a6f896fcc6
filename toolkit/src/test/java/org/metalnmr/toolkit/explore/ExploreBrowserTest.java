package org.metalnmr.toolkit.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The explore page in a real browser: Debian's headless Chromium driven by Selenium through Debian's
 * chromedriver. Loads the page, moves a slider in each panel, checks that the numbers and the plot change,
 * waits for the cell solves and their maps, takes a screenshot of each panel (into
 * {@code target/explore-screenshots}, or the folder given by {@code -Dexplore.screenshots=DIR}) and checks
 * that the browser reported no error. Skipped with a message when Chromium or chromedriver is missing,
 * unless {@code METALNMR_REQUIRE_BROWSER=1} (CI), where their absence fails.
 */
class ExploreBrowserTest {

    private static final String CHROMIUM = System.getProperty("explore.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("explore.chromedriver", "/usr/bin/chromedriver");
    /** Longest wait for the two cell solves of the default variant on a loaded 2-core machine. */
    private static final Duration CELL_SOLVE_WAIT = Duration.ofSeconds(900);

    private static ExploreServer server;
    private static ChromeDriver driver;
    private static Path userData;

    @BeforeAll
    static void start() throws IOException {
        boolean present = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
        if (!present) {
            String msg = "headless Chromium test needs " + CHROMIUM + " and " + CHROMEDRIVER
                    + " (Debian: apt-get install -y chromium chromium-driver)";
            if ("1".equals(System.getenv("METALNMR_REQUIRE_BROWSER"))) {
                fail(msg + "; METALNMR_REQUIRE_BROWSER=1 makes their absence a failure");
            }
            Assumptions.assumeTrue(false, msg + "; skipped");
        }
        server = SharedExploreServer.get();
        userData = Files.createTempDirectory("explore-chromium-");
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM);
        o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1200,2400", "--user-data-dir=" + userData);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, o);
        // collect what the page reports as errors from before its first script runs
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "window.__errors = [];"
                        + "window.addEventListener('error', e => window.__errors.push('error: ' + (e.message || (e.target && (e.target.src || e.target.href)))), true);"
                        + "window.addEventListener('unhandledrejection', e => window.__errors.push('rejection: ' + e.reason));"
                        + "const ce = console.error; console.error = function () { window.__errors.push('console.error: ' + Array.from(arguments).join(' ')); ce.apply(console, arguments); };"));
    }

    @AfterAll
    static void stop() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (userData != null) {
            try (var walk = Files.walk(userData)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    /** The plot's pixels, so that a redraw with other data can be told from the same picture. */
    private static String canvas(String plotId) {
        return (String) js("const c = document.querySelector('#' + arguments[0] + ' canvas'); return c ? c.toDataURL() : '';", plotId);
    }

    private static WebDriverWait waiting(Duration d) {
        return new WebDriverWait(driver, d, Duration.ofMillis(200));
    }

    private static void waitForText(String id, String contains) {
        waiting(Duration.ofSeconds(30)).until(d -> text(id).contains(contains));
    }

    /** Presses an arrow key on a range input n times (as a student would with the keyboard) and waits for a new answer. */
    private static String draws(String plotId) {
        return driver.findElement(By.id(plotId)).getAttribute("data-draws");
    }

    /**
     * Moves a slider and waits for the page's new answer: new numbers and a redrawn plot, whose pixels must differ
     * when {@code pixelsMustChange} (in the cell panel the intensity axis follows the highest line, so a scaled deposit
     * can leave the picture nearly the same).
     */
    private static void slide(String sliderId, Keys key, int n, String resultId, String plotId, boolean pixelsMustChange) {
        String before = text(resultId);
        String pixels = canvas(plotId);
        String drawn = draws(plotId);
        assertFalse(pixels.isEmpty(), plotId + " has no canvas");
        WebElement slider = driver.findElement(By.id(sliderId));
        for (int i = 0; i < n; i++) {
            slider.sendKeys(key);
        }
        try {
            waiting(Duration.ofSeconds(180)).until(d -> !text(resultId).equals(before) && !draws(plotId).equals(drawn)
                    && (!pixelsMustChange || !canvas(plotId).equals(pixels)));
        } catch (org.openqa.selenium.TimeoutException e) {
            fail("no new answer after moving " + sliderId + " to " + slider.getAttribute("value") + ": text '" + text(resultId)
                    + "' (changed: " + !text(resultId).equals(before) + "), redrawn: " + !draws(plotId).equals(drawn) + ", pixels changed: "
                    + !canvas(plotId).equals(pixels)
                    + ", page errors " + pageErrors());
        }
        // the keys were pressed faster than the page answers: wait until the answer stops changing
        String[] last = {""};
        waiting(Duration.ofSeconds(30)).until(d -> {
            String now = text(resultId) + canvas(plotId).length();
            boolean same = now.equals(last[0]);
            last[0] = now;
            sleep(400);
            return same;
        });
        assertNotEquals(before, text(resultId));
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> pageErrors() {
        List<String> errors = new ArrayList<>((List<String>) js("return window.__errors || [];"));
        try {
            driver.manage().logs().get("browser").getAll().stream().filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                    .forEach(e -> errors.add("browser log: " + e.getMessage()));
        } catch (RuntimeException e) {
            // the browser log is not offered by every driver; the page's own hooks above still count
        }
        return errors;
    }

    private static void screenshot(String sectionId, String name) throws IOException {
        WebElement section = driver.findElement(By.id(sectionId));
        js("arguments[0].scrollIntoView(true);", section);
        Path dir = Path.of(System.getProperty("explore.screenshots", "target/explore-screenshots"));
        Files.createDirectories(dir);
        File f = section.getScreenshotAs(OutputType.FILE);
        Files.copy(f.toPath(), dir.resolve("explore-" + name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static double librarySkinDepthUm(double protonMhz) {
        var li = org.metalnmr.core.materials.Materials.byName("Li");
        double f = org.metalnmr.core.nuclei.Nuclei.bySymbol("7Li")
                .larmorFrequency(org.metalnmr.core.units.FieldConversions.b0FromProtonFrequency(protonMhz * 1e6));
        return org.metalnmr.rf.skin.SkinDepth.skinDepth(li.resistivity(293), li.muR(), f) * 1e6;
    }

    private static double shownSkinDepthUm() {
        var m = java.util.regex.Pattern.compile("skin depth d = ([0-9.]+) um").matcher(text("skin-result"));
        assertTrue(m.find(), text("skin-result"));
        return Double.parseDouble(m.group(1));
    }

    /** @return the whisker line position of cell B shown in the cell panel [ppm] */
    private static double whiskerLineOfCellB() {
        var m = java.util.regex.Pattern.compile("whisker line of cell B at ([0-9.]+) ppm").matcher(text("cells-result"));
        assertTrue(m.find(), text("cells-result"));
        return Double.parseDouble(m.group(1));
    }

    @Test
    void studentMovesSlidersAndThePageAnswersFromTheApi() throws IOException {
        driver.get(server.uri().toString());
        assertTrue(driver.getTitle().contains("metalnmr explore"));

        // 1 skin depth: 7Li in Li at 500 MHz, 293 K; raise the field and d must fall
        waitForText("skin-result", "skin depth d =");
        String d500 = text("skin-result");
        assertEquals(librarySkinDepthUm(500), shownSkinDepthUm(), 1e-3 * librarySkinDepthUm(500), d500);
        slide("skin-field", Keys.ARROW_RIGHT, 30, "skin-result", "skin-plot", true);
        assertEquals("800", driver.findElement(By.id("skin-field")).getAttribute("value"));
        // the number shown is the library's skin depth at the new field (4 significant digits on the page)
        waiting(Duration.ofSeconds(30)).until(d -> Math.abs(shownSkinDepthUm() - librarySkinDepthUm(800)) < 1e-3 * librarySkinDepthUm(800));
        assertEquals(librarySkinDepthUm(800), shownSkinDepthUm(), 1e-3 * librarySkinDepthUm(800), text("skin-result"));
        screenshot("skin", "skin-depth");

        // 2 size against skin depth: a thicker body is seen less
        waitForText("size-result", "visible fraction");
        slide("size-size", Keys.ARROW_RIGHT, 30, "size-result", "size-plot", true);
        screenshot("size", "size");

        // 3 BMS: the plate stood up from across B0 (tilt 0) to along B0 (tilt 90) moves from about 245 towards 270 ppm
        waitForText("bms-result", "shift");
        String across = text("bms-result");
        slide("bms-tilt", Keys.ARROW_RIGHT, 90, "bms-result", "bms-plot", true);
        assertTrue(text("bms-result").contains("plate at 90 deg"), text("bms-result"));
        assertNotEquals(across, text("bms-result"));
        screenshot("bms", "bms");

        // 4 cells: wait for the cached solve, then move the deposit slider (cheap: no new solve)
        waiting(CELL_SOLVE_WAIT).until(d -> text("cells-result").contains("cell B / cell A"));
        waiting(CELL_SOLVE_WAIT).until(d -> (Boolean) js("const i = document.getElementById('cells-maps'); return i.complete && i.naturalWidth > 0;"));
        slide("cells-scale", Keys.ARROW_RIGHT, 10, "cells-result", "cells-plot-b", false);
        slide("cells-scale", Keys.ARROW_LEFT, 10, "cells-result", "cells-plot-b", false);
        // a new line broadening changes every line's shape: the picture must change
        slide("cells-lb", Keys.ARROW_RIGHT, 20, "cells-result", "cells-plot-b", true);
        slide("cells-lb", Keys.ARROW_LEFT, 20, "cells-result", "cells-plot-b", true);
        // the orientation spread and the packing: each a re-run of the packets on the kept fields. Narrowing the spread
        // (kappa 20 -> 200: log10 kappa 1.3 -> 2.3) stands the needles up along B0 in cell B: their line moves up, towards
        // K + chi/3; thinning them out (20 000 -> 5 000 per mm^2) weakens the packed layer's pull: up again
        double whiskers20 = whiskerLineOfCellB();
        slide("cells-kappa", Keys.ARROW_RIGHT, 20, "cells-result", "cells-plot-b", true);
        waiting(Duration.ofSeconds(300)).until(d -> text("cells-status").isEmpty() && text("cells-result").contains("kappa 200,"));
        double whiskers200 = whiskerLineOfCellB();
        assertTrue(whiskers200 > whiskers20 + 0.3, whiskers20 + " -> " + whiskers200 + " ppm");
        slide("cells-density", Keys.ARROW_LEFT, 30, "cells-result", "cells-plot-b", true);
        waiting(Duration.ofSeconds(300)).until(d -> text("cells-status").isEmpty() && text("cells-result").contains("5000 per mm2"));
        double sparse = whiskerLineOfCellB();
        assertTrue(sparse > whiskers200 + 0.1, whiskers200 + " -> " + sparse + " ppm");
        // back to the scenario's own kappa and packing for the screenshot
        slide("cells-density", Keys.ARROW_RIGHT, 30, "cells-result", "cells-plot-b", true);
        slide("cells-kappa", Keys.ARROW_LEFT, 20, "cells-result", "cells-plot-b", true);
        waiting(Duration.ofSeconds(300)).until(d -> text("cells-status").isEmpty() && text("cells-result").contains("kappa 20,")
                && text("cells-result").contains("20000 per mm2"));
        assertEquals(whiskers20, whiskerLineOfCellB(), 1e-3);
        screenshot("cells", "cells");

        List<String> errors = pageErrors();
        assertTrue(errors.isEmpty(), "the browser reported errors: " + errors);
        assertFalse(text("cells-result").contains("failed"));
    }
}
