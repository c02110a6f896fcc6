package org.metalnmr.toolkit.explore;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.metalnmr.toolkit.forward.ForwardModelOptions;

/**
 * One explore server for the API and the browser tests of a test run, so that the cell solve behind the
 * cell panel is done once (the tests share the surefire JVM). Its grid is coarse: the tests check the page's
 * mechanics and that its numbers are the library's, not the cells' physics (the forward model's own tests do);
 * {@code -Dexplore.cellGrid=page} gives the page's grid, as used for the screenshots in docs/figures.
 */
final class SharedExploreServer {

    /**
     * A coarse cell grid (RF voxel 400 um, four foil thicknesses with the faces aligned; BMS voxel 300 um), the page's
     * number of whisker packets.
     */
    static final ForwardModelOptions COARSE = ForwardModelOptions.defaults().withBmsVoxelSize(3e-4).withRfVoxelsAcrossLayer(0.25)
            .withMaxPacketsPerDeposit(CellSolveCache.WHISKER_PACKETS);

    /** The grid of the shared server's cell solves: {@link #COARSE}, or the page's with {@code -Dexplore.cellGrid=page}. */
    static final ForwardModelOptions GRID = "page".equals(System.getProperty("explore.cellGrid")) ? CellSolveCache.PAGE_GRID : COARSE;

    private static ExploreServer server;

    private SharedExploreServer() {
    }

    /** @return the running server (started on first use, stopped when the JVM ends) */
    static synchronized ExploreServer get() {
        if (server == null) {
            try {
                server = ExploreServer.start(0, GRID);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            ExploreServer s = server;
            Runtime.getRuntime().addShutdownHook(new Thread(s::close, "explore-test-server-stop"));
        }
        return server;
    }
}
