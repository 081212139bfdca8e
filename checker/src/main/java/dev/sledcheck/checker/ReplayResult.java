package dev.sledcheck.checker;

import dev.sledcheck.model.run.Run;
import java.util.List;

/**
 * A replayed schedule: its run (each step lists the properties it breaks), the names of the
 * properties broken anywhere (in order of first break, including breaks in the initial state) and
 * the state it ends in.
 */
public record ReplayResult<S>(Run run, List<String> broken, S finalState) {
    public ReplayResult {
        broken = List.copyOf(broken);
    }
}
