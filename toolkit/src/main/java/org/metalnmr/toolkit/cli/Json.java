package org.metalnmr.toolkit.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InternalInvariantException;

/** JSON text of result maps (the same mapper as {@link JsonOutput}). */
final class Json {

    private Json() {
    }

    static String write(Object value) {
        try {
            return JsonOutput.MAPPER.writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new InternalInvariantException(e, CoreMessage.JSON_NOT_WRITABLE, "a result", e.getOriginalMessage());
        }
    }
}
