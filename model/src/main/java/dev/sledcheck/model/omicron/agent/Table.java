package dev.sledcheck.model.omicron.agent;

import dev.sledcheck.model.omicron.VmmId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** An agent's table, sorted by VMM id: look-up, replace, remove. Immutable. */
final class Table {
    private Table() {}

    /** {@link AgentState#slice} of a VMM the agent does not hold. */
    static final long ABSENT = 0x1B87_3593_5A3E_C9A1L;

    /** {@link AgentState#describe} of a VMM the agent does not hold. */
    static final String ABSENT_TEXT = "absent (GET: 404)";

    static <T> T find(List<T> table, Function<T, VmmId> id, VmmId vmm) {
        for (T t : table) {
            if (id.apply(t).equals(vmm)) {
                return t;
            }
        }
        return null;
    }

    /** Replaces the entry with the same id, or inserts it in id order. */
    static <T> List<T> put(List<T> table, Function<T, VmmId> id, T entry) {
        List<T> next = new ArrayList<>(table.size() + 1);
        boolean placed = false;
        for (T t : table) {
            int c = id.apply(t).compareTo(id.apply(entry));
            if (!placed && c >= 0) {
                next.add(entry);
                placed = true;
                if (c == 0) {
                    continue;
                }
            }
            next.add(t);
        }
        if (!placed) {
            next.add(entry);
        }
        return List.copyOf(next);
    }

    static <T> List<T> remove(List<T> table, Function<T, VmmId> id, VmmId vmm) {
        List<T> next = new ArrayList<>(table.size());
        for (T t : table) {
            if (!id.apply(t).equals(vmm)) {
                next.add(t);
            }
        }
        return List.copyOf(next);
    }
}
