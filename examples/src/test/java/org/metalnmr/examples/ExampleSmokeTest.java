package org.metalnmr.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Runs an example's {@code main} with its figure going to a temporary directory, captures what it
 * prints, and checks that the SVG and the PNG were written and hold what the figure must show.
 */
final class ExampleSmokeTest {

    private ExampleSmokeTest() {
    }

    /**
     * @param main      the example's main method
     * @param svg       the figure path to pass
     * @param quick     whether to pass {@code --quick}
     * @param mustShow  texts the SVG must contain (titles, legend entries)
     * @return what the example printed
     * @throws Exception on I/O failure
     */
    static String run(Consumer<String[]> main, Path svg, boolean quick, String... mustShow) throws Exception {
        PrintStream saved = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            main.accept(quick ? new String[] {svg.toString(), "--quick"} : new String[] {svg.toString()});
        } finally {
            System.setOut(saved);
        }
        String printed = buffer.toString(StandardCharsets.UTF_8);
        String text = Files.readString(svg);
        assertTrue(text.startsWith("<?xml") || text.startsWith("<svg"), "an SVG document");
        for (String s : mustShow) {
            assertTrue(text.contains(s), "the figure shows '" + s + "'");
        }
        Path png = ExampleFigure.pngPath(svg);
        byte[] head = Files.readAllBytes(png);
        assertTrue(head.length > 1000 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G', "a PNG next to the SVG");
        assertTrue(printed.contains("wrote " + svg), printed);
        return printed;
    }
}
