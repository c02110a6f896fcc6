package org.metalnmr.core.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class MessageKeyTest {

    /** A value quoted from a file may hold line breaks (a fuzzed JCAMP-DX label did): the message stays one line. */
    @Test
    void textArgumentsAreWrittenOnOneLine() {
        String m = CoreMessage.FILE_UNREADABLE.format(Path.of("a\nb.jdx"), "##FIRSTX = '6410.06\r\n7\t8\u0000'");
        assertFalse(m.contains("\n") || m.contains("\r") || m.contains("\t") || m.contains("\u0000"), m);
        assertEquals("cannot read a\\nb.jdx: ##FIRSTX = '6410.06\\r\\n7\\t8\\u0000'", m);
    }

    @Test
    void plainTextAndNumbersAreUnchanged() {
        assertEquals("x must be > 0 [m], got 1.5", CoreMessage.NOT_POSITIVE.format("x", "[m]", 1.5));
    }
}
