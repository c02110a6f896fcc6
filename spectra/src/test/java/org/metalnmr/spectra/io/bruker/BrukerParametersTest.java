package org.metalnmr.spectra.io.bruker;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.spectra.io.ProjectData;

/** Parsing of Bruker JCAMP-style parameter files. */
class BrukerParametersTest {

    private static BrukerParameters parse(String text) {
        return BrukerParameters.parse(text.getBytes(StandardCharsets.ISO_8859_1), "acqus");
    }

    @Test
    void realAcqusOfTheOperandoData() throws IOException {
        var p = BrukerParameters.parse(Files.readAllBytes(ProjectData.operandoExperiment(1).resolve("acqus")), "acqus");
        assertEquals(12288, p.integer("TD"));
        assertEquals(93457.9439252336, p.number("SW_h"));
        assertEquals(800.835097449016, p.number("SW"), "SW and SW_h are different parameters");
        assertEquals(116.70060943, p.number("SFO1"));
        assertEquals(1, p.integer("BYTORDA"));
        assertEquals(-1, p.number("GRPDLY"));
        assertEquals(1691753543, p.number("DATE"));
        assertEquals("7Li", p.string("NUC1"));
        // ##$D= (0..63) over three lines
        double[] d = p.numbers("D");
        assertEquals(64, d.length);
        assertEquals(1, d[1]);
        assertEquals(0.00345, d[2]);
        assertEquals(0.03, d[11]);
        double[] cnst = p.numbers("CNST");
        assertEquals(64, cnst.length);
        assertEquals(145, cnst[2]);
        assertEquals(1000000, cnst[31]);
    }

    @Test
    void stringsArraysAndComments() {
        var p = parse("##TITLE= Parameter file\n$$ a comment ##$FAKE= 1\n##$A= 3 $$ trailing comment\n"
                + "##$S= <a $$ b>\n##$M= <multi\nline>\n##$ARR= (0..3)\n1 2\n3 4\n##$SW_h= 5\n##$SW= 6\n##END=\n");
        assertEquals(3, p.number("A"));
        assertEquals("a $$ b", p.string("S"));
        assertEquals("multi\nline", p.string("M"));
        assertArrayEquals(new double[] {1, 2, 3, 4}, p.numbers("ARR"));
        assertEquals(5, p.number("SW_h"));
        assertEquals(6, p.number("SW"));
        assertFalse(p.has("FAKE"));
    }

    @Test
    void missingOrBadValuesNameTheFileAndParameter() {
        var p = parse("##$A= x\n##$ARR= (0..3)\n1 2\n##$N= 2.5\n");
        String m = assertThrows(InvalidInputException.class, () -> p.number("TD")).getMessage();
        assertTrue(m.contains("acqus") && m.contains("TD"), m);
        m = assertThrows(InvalidInputException.class, () -> p.number("A")).getMessage();
        assertTrue(m.contains("##$A=") && m.contains("finite number"), m);
        m = assertThrows(InvalidInputException.class, () -> p.numbers("ARR")).getMessage();
        assertTrue(m.contains("2 values") && m.contains("4 values"), m);
        assertThrows(InvalidInputException.class, () -> p.integer("N"));
        assertThrows(InvalidInputException.class, () -> parse("no parameters here\n"));
    }

    @Test
    void digitalFilterDelay() {
        // nmrglue's bruker_dsp_table (Westler & Abildgaard)
        assertEquals(44.75, DigitalFilter.tabulatedDelay(10, 2));
        assertEquals(70.492431640625, DigitalFilter.tabulatedDelay(10, 2048));
        assertEquals(72.03125, DigitalFilter.tabulatedDelay(12, 2048));
        assertEquals(2.75, DigitalFilter.tabulatedDelay(13, 2));
        // table entries are k / (2 DECIM) fractions
        for (int decim : new int[] {2, 4, 8, 16, 32, 64, 128}) {
            double v = DigitalFilter.tabulatedDelay(10, decim) * 2 * decim;
            assertEquals(Math.rint(v), v, 1e-9, "DECIM " + decim);
        }
        assertThrows(InvalidInputException.class, () -> DigitalFilter.tabulatedDelay(10, 5));
        // GRPDLY > 0 wins; GRPDLY -1 falls back to the table; DIGMOD 0 means no digital filter
        assertEquals(67.96875, DigitalFilter.groupDelayPoints(parse("##$DECIM= 20\n##$DSPFVS= 20\n##$GRPDLY= 67.96875\n")));
        assertEquals(44.75, DigitalFilter.groupDelayPoints(parse("##$DECIM= 2\n##$DSPFVS= 10\n##$GRPDLY= -1\n")));
        assertEquals(0.0, DigitalFilter.groupDelayPoints(parse("##$DIGMOD= 0\n##$DECIM= 2\n##$DSPFVS= 10\n")));
        assertEquals(0.0, DigitalFilter.groupDelayPoints(parse("##$DECIM= 2\n##$DSPFVS= 20\n##$GRPDLY= -1\n")));
        String m = assertThrows(InvalidInputException.class,
                () -> DigitalFilter.groupDelayPoints(parse("##$DECIM= 5\n##$DSPFVS= 11\n"))).getMessage();
        assertTrue(m.contains("DECIM 5") && m.contains("acqus"), m);
    }
}
