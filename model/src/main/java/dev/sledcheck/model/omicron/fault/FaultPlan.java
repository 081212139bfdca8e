package dev.sledcheck.model.omicron.fault;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Which faults may strike a run, and how many at most: {@code --faults KINDS --max-faults K}.
 *
 * @param kinds the kinds that may strike (empty: none, the default)
 * @param max   the most faults one run may have, of all kinds together (at least 1)
 */
public record FaultPlan(Set<FaultKind> kinds, int max) {

    /** No faults: every message is delivered once, every saga is created. */
    public static final FaultPlan NONE = new FaultPlan(Set.of(), 1);

    public FaultPlan {
        kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
        if (max < 1) {
            throw new IllegalArgumentException("max-faults must be at least 1, got " + max);
        }
    }

    public boolean any() {
        return !kinds.isEmpty();
    }

    /** The kinds in declaration order (a set's own order is not fixed). */
    public List<FaultKind> ordered() {
        return kinds.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(kinds));
    }

    /** The kinds as the command line writes them: {@code loss,dup}. */
    public String ids() {
        return String.join(",", ordered().stream().map(FaultKind::id).toList());
    }

    public FaultPlan withMax(int k) {
        return new FaultPlan(kinds, k);
    }
}
