package org.metalnmr.toolkit.cli;

import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Callable;

import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.toolkit.ToolkitMessage;
import org.metalnmr.toolkit.explore.ExploreServer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code metalnmr explore}: serves the interactive teaching page on 127.0.0.1 until interrupted
 * (Ctrl-C stops the server through a shutdown hook).
 */
@Command(name = "explore", mixinStandardHelpOptions = true,
        description = {"Serve an interactive page for teaching the skin effect and BMS on http://127.0.0.1:PORT/ (loopback only) until Ctrl-C.",
            "Panels: skin depth, size against skin depth, BMS of plates/needles/ellipsoids with the Li strip series, cell A against cell B "
                    + "(spectra and |B1|/BMS maps; the cells' fields are solved once, tens of seconds, and kept; whisker spread, packing, isotope and flip angle re-run the spin packets on them). Works offline (docs/explore.md)."})
final class ExploreCommand implements Callable<Integer> {

    /** Default port. */
    static final int DEFAULT_PORT = 8747;

    @Spec
    private CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", defaultValue = "" + DEFAULT_PORT,
            description = "TCP port on 127.0.0.1, 0 (any free port) or 1024 to 65535 (default ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--no-browser", description = "do not open a browser")
    boolean noBrowser;

    @Override
    public Integer call() throws InterruptedException {
        if (port != 0 && (port < 1024 || port > 65535)) {
            throw new InvalidInputException(CoreMessage.OUT_OF_RANGE, "--port", 1024, 65535, "(or 0 for any free port)", port);
        }
        long t0 = System.nanoTime();
        ExploreServer server;
        try {
            server = ExploreServer.start(port);
        } catch (IOException e) {
            throw new InvalidInputException(e, ToolkitMessage.PORT_UNAVAILABLE, port, e.getMessage());
        }
        double startMs = (System.nanoTime() - t0) * 1e-6;
        PrintWriter out = spec.commandLine().getOut();
        out.printf(java.util.Locale.ROOT, "metalnmr explore: serving %s (started in %.0f ms; Ctrl-C stops)%n", server.uri(), startMs);
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "explore-shutdown"));
        if (!noBrowser) {
            openBrowser(server);
        }
        stopped.await();
        return 0;
    }

    /** Opens the page when the desktop can browse; on a headless machine, silently nothing. */
    private static void openBrowser(ExploreServer server) {
        try {
            if (!GraphicsEnvironment.isHeadless() && Desktop.isDesktopSupported()
                    && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                Desktop.getDesktop().browse(server.uri());
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // no browser: the URL is printed
        }
    }
}
