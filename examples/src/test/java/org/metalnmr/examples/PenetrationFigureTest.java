package org.metalnmr.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Smoke test: the example runs and writes an SVG with all four bodies, and its PNG. */
class PenetrationFigureTest {

    @Test
    void writesTheFigure(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("penetration.svg");
        PenetrationFigure.main(new String[] {f.toString()});
        String svg = Files.readString(f);
        for (String s : new String[] {"<svg", "slab, field on both faces", "cylinder, field along axis",
            "cylinder, field across axis", "sphere", "Bloembergen"}) {
            assertTrue(svg.contains(s), s);
        }
        // the PNG of the same drawing next to it
        byte[] png = Files.readAllBytes(dir.resolve("penetration.png"));
        assertTrue(png.length > 1000 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G', "a PNG");
    }
}
