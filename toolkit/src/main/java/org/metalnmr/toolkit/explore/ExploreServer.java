package org.metalnmr.toolkit.explore;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.toolkit.forward.ForwardModelOptions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The {@code metalnmr explore} server: the JDK's HTTP server on the loopback interface, serving the page
 * ({@link StaticContent}) and its JSON API, whose numbers come from the same library classes the CLI
 * calls ({@link SkinDepthPanel}, {@link SizePanel}, {@link BmsPanel}, {@link CellPanel}). Every request
 * passes the {@link RequestGuard}; API inputs are validated as the CLI validates its options (HTTP 400,
 * one line in a JSON body {@code {"error": ...}}); the API never touches the file system.
 *
 * <p>Endpoints: {@code GET /api/skin-depth}, {@code /api/size}, {@code /api/bms}, {@code /api/cells}
 * (JSON; the cells say {@code "status": "computing"} until their solve is done) and
 * {@code /api/cell-maps} (PNG of |B1| and the BMS shift of both cells, 503 while computing).</p>
 */
public final class ExploreServer implements AutoCloseable {

    /** Threads answering requests (the cell solves run on a thread of their own). */
    static final int REQUEST_THREADS = 4;

    private final HttpServer server;
    private final ExecutorService executor;
    private final RequestGuard guard;
    private final StaticContent content = new StaticContent();
    private final CellSolveCache cells;
    private final CellPanel cellPanel;
    private final ObjectMapper mapper = new ObjectMapper();
    private final Map<String, Function<QueryParameters, Map<String, Object>>> api = new LinkedHashMap<>();

    private ExploreServer(HttpServer server, ExecutorService executor, ForwardModelOptions cellGrid) {
        this.cells = new CellSolveCache(cellGrid);
        this.cellPanel = new CellPanel(cells);
        this.server = server;
        this.executor = executor;
        this.guard = new RequestGuard(server.getAddress().getPort());
        api.put("/api/skin-depth", SkinDepthPanel::answer);
        api.put("/api/size", SizePanel::answer);
        api.put("/api/bms", BmsPanel::answer);
        api.put("/api/cells", cellPanel::answer);
        server.createContext("/", this::handle);
    }

    /**
     * Binds to 127.0.0.1 and starts serving.
     *
     * @param port the port, 0 for any free one
     * @return the running server
     * @throws IOException when the port cannot be bound (in use, or not allowed)
     */
    public static ExploreServer start(int port) throws IOException {
        return start(port, CellSolveCache.PAGE_GRID);
    }

    /**
     * @param port     the port, 0 for any free one
     * @param cellGrid grid settings of the cell solves (tests of the page's mechanics use coarser ones)
     * @return the running server
     * @throws IOException when the port cannot be bound
     */
    static ExploreServer start(int port, ForwardModelOptions cellGrid) throws IOException {
        HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        ExecutorService ex = Executors.newFixedThreadPool(REQUEST_THREADS, r -> {
            Thread t = new Thread(r, "explore-http");
            t.setDaemon(true);
            return t;
        });
        s.setExecutor(ex);
        ExploreServer e = new ExploreServer(s, ex, cellGrid);
        s.start();
        return e;
    }

    /** @return the page's address, http://127.0.0.1:PORT/ */
    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    /**
     * @param v a variant of the cell panel
     * @return its solved cells, or null while they are being solved (starts the solve when not yet asked for)
     */
    CellSolveCache.CellPair cellsFor(CellVariant v) {
        return cells.lookup(v).pair();
    }

    /** @return the bound port */
    public int port() {
        return server.getAddress().getPort();
    }

    /** Stops serving (requests under way get a second to finish) and drops the cell solves. */
    @Override
    public void close() {
        server.stop(1);
        executor.shutdownNow();
        cells.close();
        try {
            executor.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            RequestGuard.Refusal refusal = guard.check(ex.getRequestMethod(), ex.getRequestHeaders());
            if (refusal != null) {
                sendJson(ex, refusal.status(), Map.of("error", refusal.reason()));
                return;
            }
            String path = ex.getRequestURI().getPath();
            var api = this.api.get(path);
            if (api != null) {
                answerApi(ex, api);
            } else if (path.equals("/api/cell-maps")) {
                answerMaps(ex);
            } else {
                StaticContent.Item item = content.get(path);
                if (item == null) {
                    sendJson(ex, 404, Map.of("error", "no such page: " + path));
                } else {
                    send(ex, 200, item.contentType(), item.bytes());
                }
            }
        } catch (RuntimeException e) {
            // a failure that is not bad input: one line, no stack trace to the client
            sendJson(ex, 500, Map.of("error", e.getClass().getSimpleName() + ": " + oneLine(e.getMessage())));
        }
    }

    private void answerApi(HttpExchange ex, Function<QueryParameters, Map<String, Object>> api) throws IOException {
        Map<String, Object> body;
        try {
            body = api.apply(QueryParameters.parse(ex.getRequestURI().getRawQuery()));
        } catch (InvalidInputException e) {
            sendJson(ex, 400, Map.of("error", oneLine(e.getMessage())));
            return;
        }
        sendJson(ex, 200, body);
    }

    private void answerMaps(HttpExchange ex) throws IOException {
        byte[] png;
        try {
            QueryParameters q = QueryParameters.parse(ex.getRequestURI().getRawQuery());
            q.refuseUnread();
            png = cellPanel.mapsPng();
        } catch (InvalidInputException e) {
            sendJson(ex, 400, Map.of("error", oneLine(e.getMessage())));
            return;
        }
        if (png == null) {
            ex.getResponseHeaders().set("Retry-After", "5");
            sendJson(ex, 503, Map.of("status", "computing"));
        } else {
            send(ex, 200, "image/png", png);
        }
    }

    private void sendJson(HttpExchange ex, int status, Object body) throws IOException {
        byte[] bytes;
        try {
            bytes = mapper.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            status = 500;
            bytes = "{\"error\":\"the answer could not be written as JSON\"}".getBytes(StandardCharsets.UTF_8);
        }
        send(ex, status, "application/json; charset=utf-8", bytes);
    }

    private static void send(HttpExchange ex, int status, String type, byte[] bytes) throws IOException {
        var h = ex.getResponseHeaders();
        h.set("Content-Type", type);
        h.set("X-Content-Type-Options", "nosniff");
        h.set("Cache-Control", "no-store");
        h.set("Content-Security-Policy", "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; "
                + "frame-ancestors 'none'; form-action 'none'");
        h.set("Referrer-Policy", "no-referrer");
        boolean head = ex.getRequestMethod().equals("HEAD");
        ex.sendResponseHeaders(status, head ? -1 : (bytes.length == 0 ? -1 : bytes.length));
        if (!head && bytes.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replace('\n', ' ').replace('\r', ' ').trim();
    }
}
