package org.metalnmr.toolkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code metalnmr explore}: a port that cannot be served is bad input (exit 2, one line naming --port). */
class ExploreCommandTest {

    private static void oneLineNamingPort(CliRunner r) {
        assertEquals(2, r.exitCode(), r.err());
        assertEquals("", r.out());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("--port"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"80", "-1", "65536", "abc"})
    void invalidPortExits2(String port) {
        oneLineNamingPort(CliRunner.run("explore", "--no-browser", "--port", port));
    }

    @Test
    void portInUseExits2() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CliRunner r = CliRunner.run("explore", "--no-browser", "--port", Integer.toString(taken.getLocalPort()));
            oneLineNamingPort(r);
            assertTrue(r.err().contains("cannot listen on 127.0.0.1"), r.err());
        }
    }
}
