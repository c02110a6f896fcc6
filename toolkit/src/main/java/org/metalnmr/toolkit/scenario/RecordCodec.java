package org.metalnmr.toolkit.scenario;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.joml.Vector3dc;
import org.metalnmr.core.error.CoreMessage;
import org.metalnmr.core.error.InternalInvariantException;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.core.error.MetalNmrException;

/**
 * Reads and writes parameter records whose components are numbers, strings, booleans and
 * vectors, with the component names as JSON keys. Reading starts from a record of defaults and
 * replaces the components the JSON object gives ("overrides"); string components named
 * {@code material} or {@code ...Material} are checked against the material table.
 */
final class RecordCodec {

    private RecordCodec() {
    }

    static List<String> keys(Class<? extends Record> type) {
        List<String> k = new ArrayList<>();
        for (RecordComponent c : type.getRecordComponents()) {
            k.add(c.getName());
        }
        return k;
    }

    @SuppressWarnings("unchecked")
    static <R extends Record> R override(R defaults, JsonCursor json, List<String> extraAllowed) {
        Class<R> type = (Class<R>) defaults.getClass();
        List<String> allowed = new ArrayList<>(extraAllowed);
        allowed.addAll(keys(type));
        json.object(allowed);
        RecordComponent[] comps = type.getRecordComponents();
        Object[] args = new Object[comps.length];
        Class<?>[] types = new Class<?>[comps.length];
        for (int i = 0; i < comps.length; i++) {
            RecordComponent c = comps[i];
            types[i] = c.getType();
            Object def = invoke(c, defaults);
            String key = c.getName();
            Class<?> t = c.getType();
            if (t == double.class) {
                args[i] = json.number(key, (Double) def);
            } else if (t == int.class) {
                args[i] = (int) json.integer(key, (Integer) def, Integer.MIN_VALUE, Integer.MAX_VALUE);
            } else if (t == long.class) {
                args[i] = json.integer(key, (Long) def, Long.MIN_VALUE, Long.MAX_VALUE);
            } else if (t == boolean.class) {
                args[i] = json.bool(key, (Boolean) def);
            } else if (t == String.class) {
                args[i] = key.equals("material") || key.endsWith("Material") ? json.material(key, (String) def)
                        : json.text(key, (String) def);
            } else if (t == Vector3dc.class) {
                args[i] = json.vector(key, (Vector3dc) def);
            } else {
                throw new InternalInvariantException(CoreMessage.UNHANDLED_CASE, "RecordCodec.read", t + " in " + type.getSimpleName());
            }
        }
        return json.build(() -> construct(type, types, args));
    }

    static ObjectNode write(Record r) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            Object v = invoke(c, r);
            String key = c.getName();
            if (v instanceof Double d) {
                o.put(key, d);
            } else if (v instanceof Integer n) {
                o.put(key, n);
            } else if (v instanceof Long n) {
                o.put(key, n);
            } else if (v instanceof Boolean b) {
                o.put(key, b);
            } else if (v instanceof String s) {
                o.put(key, s);
            } else if (v instanceof Vector3dc vec) {
                o.set(key, vector(vec));
            } else {
                throw new InternalInvariantException(CoreMessage.UNHANDLED_CASE, "RecordCodec.write", c.getType() + " in " + r.getClass().getSimpleName());
            }
        }
        return o;
    }

    static ArrayNode vector(Vector3dc v) {
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        a.add(v.x());
        a.add(v.y());
        a.add(v.z());
        return a;
    }

    private static Object invoke(RecordComponent c, Record r) {
        try {
            return c.getAccessor().invoke(r);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new InternalInvariantException(e, CoreMessage.REFLECTION_FAILED, "reading component " + c.getName(), r.getClass().getSimpleName(),
                    e);
        }
    }

    private static <R> R construct(Class<R> type, Class<?>[] types, Object[] args) {
        try {
            Constructor<R> k = type.getDeclaredConstructor(types);
            return k.newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof InvalidInputException iie) {
                throw iie;
            }
            if (e.getCause() instanceof MetalNmrException me) {
                throw me;
            }
            throw new InternalInvariantException(e.getCause(), CoreMessage.REFLECTION_FAILED, "the constructor", type.getSimpleName(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new InternalInvariantException(e, CoreMessage.REFLECTION_FAILED, "the constructor", type.getSimpleName(), e);
        }
    }
}
