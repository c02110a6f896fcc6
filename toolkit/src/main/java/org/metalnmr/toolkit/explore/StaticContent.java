package org.metalnmr.toolkit.explore;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InternalInvariantException;

/**
 * The page's files, read once from the jar (nothing from the file system, nothing from elsewhere): a
 * fixed list of paths, each with its content type. Any other path is not found.
 */
final class StaticContent {

    /** One file. */
    record Item(byte[] bytes, String contentType) {
    }

    private static final String ROOT = "/org/metalnmr/toolkit/explore/web/";
    private static final Map<String, String> FILES = Map.of(
            "/", "index.html",
            "/index.html", "index.html",
            "/explore.js", "explore.js",
            "/explore.css", "explore.css",
            "/vendor/uPlot.iife.min.js", "vendor/uPlot.iife.min.js",
            "/vendor/uPlot.min.css", "vendor/uPlot.min.css",
            "/vendor/LICENSE-uPlot.txt", "vendor/LICENSE-uPlot.txt");

    private final Map<String, Item> items;

    StaticContent() {
        java.util.HashMap<String, Item> m = new java.util.HashMap<>();
        for (Map.Entry<String, String> e : FILES.entrySet()) {
            m.put(e.getKey(), new Item(read(ROOT + e.getValue()), type(e.getValue())));
        }
        this.items = Map.copyOf(m);
    }

    /**
     * @param path request path
     * @return the file, or null
     */
    Item get(String path) {
        return items.get(path);
    }

    private static String type(String name) {
        if (name.endsWith(".html")) {
            return "text/html; charset=utf-8";
        }
        if (name.endsWith(".js")) {
            return "text/javascript; charset=utf-8";
        }
        if (name.endsWith(".css")) {
            return "text/css; charset=utf-8";
        }
        return "text/plain; charset=utf-8";
    }

    private static byte[] read(String resource) {
        try (InputStream in = StaticContent.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new InternalInvariantException(CoreMessage.BUILT_IN_RESOURCE_MISSING, resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new InternalInvariantException(e, CoreMessage.BUILT_IN_RESOURCE_MISSING, resource);
        }
    }
}
