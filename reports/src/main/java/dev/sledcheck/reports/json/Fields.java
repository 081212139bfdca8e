package dev.sledcheck.reports.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * Typed reads from a JSON tree that fail with the file and the JSON Pointer of the bad field,
 * e.g. {@code out.json: /configurations/0/stats/states: expected an integer}.
 */
final class Fields {
    private final String file;

    Fields(String file) {
        this.file = file;
    }

    BadReportFile bad(String pointer, String what) {
        return new BadReportFile(file + ": " + (pointer.isEmpty() ? "/" : pointer) + ": " + what);
    }

    JsonNode object(JsonNode parent, String pointer, String name) {
        return typed(parent, pointer, name, JsonNode::isObject, "an object");
    }

    JsonNode need(JsonNode parent, String pointer, String name) {
        JsonNode n = parent.get(name);
        if (n == null) {
            throw bad(pointer, "missing field '" + name + "'");
        }
        return n;
    }

    /** The field, which must exist and pass {@code ok}; else "expected {@code what}". */
    private JsonNode typed(JsonNode parent, String pointer, String name, Predicate<JsonNode> ok, String what) {
        JsonNode n = need(parent, pointer, name);
        if (!ok.test(n)) {
            throw bad(pointer + "/" + name, "expected " + what);
        }
        return n;
    }

    String text(JsonNode parent, String pointer, String name) {
        return typed(parent, pointer, name, JsonNode::isTextual, "a string").textValue();
    }

    /** A string, or {@code null} when the field is absent or null. */
    String optionalText(JsonNode parent, String pointer, String name) {
        JsonNode n = parent.get(name);
        if (n == null || n.isNull()) {
            return null;
        }
        return text(parent, pointer, name);
    }

    long integer(JsonNode parent, String pointer, String name) {
        return typed(parent, pointer, name, n -> n.isIntegralNumber() && n.canConvertToLong(), "an integer").longValue();
    }

    double number(JsonNode parent, String pointer, String name) {
        return typed(parent, pointer, name, JsonNode::isNumber, "a number").doubleValue();
    }

    boolean bool(JsonNode parent, String pointer, String name) {
        return typed(parent, pointer, name, JsonNode::isBoolean, "true or false").booleanValue();
    }

    <E extends Enum<E>> E enumValue(Class<E> type, JsonNode parent, String pointer, String name) {
        String s = text(parent, pointer, name);
        try {
            return Enum.valueOf(type, s);
        } catch (IllegalArgumentException e) {
            throw bad(pointer + "/" + name, "unknown value '" + s + "'");
        }
    }

    List<String> strings(JsonNode parent, String pointer, String name) {
        return list(parent, pointer, name, (n, p) -> {
            if (!n.isTextual()) {
                throw bad(p, "expected a string");
            }
            return n.textValue();
        });
    }

    /** As {@link #list}, or {@code absent} when the field is missing: files written before it existed. */
    <T> List<T> optionalList(JsonNode parent, String pointer, String name, BiFunction<JsonNode, String, T> item,
            List<T> absent) {
        return parent.has(name) ? list(parent, pointer, name, item) : absent;
    }

    /** As {@link #strings}, or {@code absent} when the field is missing. */
    List<String> optionalStrings(JsonNode parent, String pointer, String name, List<String> absent) {
        return parent.has(name) ? strings(parent, pointer, name) : absent;
    }

    /** The elements of an array field, each read by {@code item(node, pointer)}. */
    <T> List<T> list(JsonNode parent, String pointer, String name, BiFunction<JsonNode, String, T> item) {
        JsonNode n = typed(parent, pointer, name, JsonNode::isArray, "an array");
        List<T> out = new ArrayList<>(n.size());
        for (int i = 0; i < n.size(); i++) {
            out.add(item.apply(n.get(i), pointer + "/" + name + "/" + i));
        }
        return out;
    }
}
