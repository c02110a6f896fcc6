package org.metalnmr.core.data;

import java.io.IOException;
import java.io.InputStream;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.MetalNmrException;

/** Reads the sourced data tables kept as JSON resources beside this class. */
public final class DataTables {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private DataTables() {
    }

    /**
     * @param resource the file name of the resource in {@code org/metalnmr/core/data/}
     * @param type     the type to bind it to
     * @param <T>      that type
     * @return the table
     */
    public static <T> T read(String resource, Class<T> type) {
        try (InputStream in = DataTables.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new MetalNmrException(CoreMessage.RESOURCE_UNREADABLE, resource, "not on the class path");
            }
            return MAPPER.readValue(in, type);
        } catch (IOException e) {
            throw new MetalNmrException(e, CoreMessage.RESOURCE_UNREADABLE, resource, e.getMessage());
        }
    }
}
