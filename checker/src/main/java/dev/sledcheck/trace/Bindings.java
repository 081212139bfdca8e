package dev.sledcheck.trace;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Log identifiers bound to model identifiers, one to one; sorted, so equal bindings print alike. */
public record Bindings(Map<String, String> map) {

    public static final Bindings NONE = new Bindings(Map.of());

    public Bindings {
        map = Collections.unmodifiableMap(new TreeMap<>(map));
    }

    /**
     * These bindings with {@code logId} bound to {@code modelId}, or empty if either is already
     * bound to something else.
     */
    public Optional<Bindings> bind(String logId, String modelId) {
        String bound = map.get(logId);
        if (bound != null) {
            return bound.equals(modelId) ? Optional.of(this) : Optional.empty();
        }
        if (map.containsValue(modelId)) {
            return Optional.empty();
        }
        TreeMap<String, String> next = new TreeMap<>(map);
        next.put(logId, modelId);
        return Optional.of(new Bindings(next));
    }

    /** The model identifier {@code logId} is bound to, if any. */
    public Optional<String> get(String logId) {
        return Optional.ofNullable(map.get(logId));
    }
}
