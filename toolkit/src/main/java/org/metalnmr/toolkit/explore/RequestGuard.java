package org.metalnmr.toolkit.explore;

import java.util.List;
import java.util.Locale;

import com.sun.net.httpserver.Headers;

/**
 * The checks every request passes before it is served: only GET and HEAD; a {@code Host} header that
 * names this server on the loopback interface (127.0.0.1 or localhost at the bound port), so that a page
 * of another site whose name was rebound to 127.0.0.1 (DNS rebinding) is refused; an {@code Origin},
 * when present, of this server; no request body. A refusal is the status and a one-line reason.
 */
final class RequestGuard {

    /** A refused request: HTTP status and reason. */
    record Refusal(int status, String reason) {
    }

    private final List<String> hosts;
    private final List<String> origins;

    /**
     * @param port the bound port
     */
    RequestGuard(int port) {
        this.hosts = List.of("127.0.0.1:" + port, "localhost:" + port);
        this.origins = List.of("http://127.0.0.1:" + port, "http://localhost:" + port);
    }

    /**
     * @param method  request method
     * @param headers request headers
     * @return the refusal, or null when the request may be served
     */
    Refusal check(String method, Headers headers) {
        if (!method.equals("GET") && !method.equals("HEAD")) {
            return new Refusal(405, "method " + method + " is not allowed; only GET and HEAD");
        }
        List<String> host = headers.get("Host");
        if (host == null || host.size() != 1 || !hosts.contains(host.get(0).toLowerCase(Locale.ROOT))) {
            return new Refusal(403, "Host header must be one of " + hosts + ", got " + (host == null ? "none" : host));
        }
        List<String> origin = headers.get("Origin");
        if (origin != null && (origin.size() != 1 || !origins.contains(origin.get(0).toLowerCase(Locale.ROOT)))) {
            return new Refusal(403, "Origin header must be absent or one of " + origins + ", got " + origin);
        }
        String length = headers.getFirst("Content-Length");
        if ((length != null && !length.trim().equals("0")) || headers.containsKey("Transfer-Encoding")) {
            return new Refusal(413, "requests carry no body");
        }
        return null;
    }
}
