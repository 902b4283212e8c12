package dev.specls.lsp;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Client settings arrive as Gson trees (lsp4j types them {@code Object}); the rest of specls reads
 * plain maps, lists, strings, numbers and booleans, so the protocol's JSON library stays in this package.
 */
final class ClientSettings {

    private ClientSettings() {
    }

    /** The object as a map, or an empty map when it is missing or not a JSON object. */
    static Map<String, Object> asMap(Object settings) {
        return settings instanceof JsonObject object ? toMap(object) : Map.of();
    }

    /** The named member of a settings object, or {@code null} when it has no such object member. */
    static Map<String, Object> section(Object settings, String name) {
        if (settings instanceof JsonObject object && object.get(name) instanceof JsonObject section) {
            return toMap(section);
        }
        return null;
    }

    private static Map<String, Object> toMap(JsonObject object) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> member : object.entrySet()) {
            map.put(member.getKey(), plain(member.getValue()));
        }
        return map;
    }

    /** A value lsp4j typed {@code Object} (a command argument, say) as plain Java: Gson trees become maps, lists and scalars. */
    static Object plain(Object value) {
        return value instanceof JsonElement element ? plain(element) : value;
    }

    private static Object plain(JsonElement element) {
        if (element instanceof JsonObject object) {
            return toMap(object);
        }
        if (element instanceof JsonArray array) {
            List<Object> list = new ArrayList<>(array.size());
            array.forEach(item -> list.add(plain(item)));
            return list;
        }
        if (element instanceof JsonPrimitive primitive) {
            if (primitive.isBoolean()) {
                return primitive.getAsBoolean();
            }
            if (primitive.isNumber()) {
                return number(primitive.getAsBigDecimal());
            }
            return primitive.getAsString();
        }
        return null;
    }

    private static Number number(BigDecimal value) {
        try {
            long whole = value.longValueExact();
            // Not a conditional expression: its numeric promotion would box every whole number as a Long.
            if (whole == (int) whole) {
                return Integer.valueOf((int) whole);
            }
            return Long.valueOf(whole);
        } catch (ArithmeticException notWhole) {
            return value.doubleValue();
        }
    }
}
