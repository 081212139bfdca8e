package dev.sledcheck.checker;

import dev.sledcheck.model.core.Model;
import dev.sledcheck.model.core.Property;
import dev.sledcheck.model.run.Run;
import dev.sledcheck.model.run.Status;
import dev.sledcheck.model.run.Verdict;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The verdict slot of each selected property, filled as a search finds evidence. A property is
 * decided by its first violation (or, for Sometimes, its first witness) in search order; later
 * evidence is ignored, which is what makes BFS runs shortest. Paths are asked for lazily because
 * building one is much dearer than testing a predicate.
 */
final class Ledger<S, A> {

    private final Model<S, A> model;
    private final List<Property<S, A>> properties;
    private final Status[] statuses;
    private final Run[] runs;
    private int undecided;

    Ledger(Model<S, A> model, Set<String> only) {
        this.model = model;
        this.properties = select(model.properties(), only);
        this.statuses = new Status[properties.size()];
        this.runs = new Run[properties.size()];
        this.undecided = properties.size();
    }

    private static <S, A> List<Property<S, A>> select(List<Property<S, A>> all, Set<String> only) {
        Set<String> known = new HashSet<>();
        all.forEach(p -> known.add(p.name()));
        // Sorted so that the error message does not depend on hash order.
        for (String name : new TreeSet<>(only)) {
            if (!known.contains(name)) {
                List<String> names = all.stream().map(Property::name).toList();
                throw new IllegalArgumentException(
                        "unknown property \"" + name + "\"; the model has: " + String.join(", ", names));
            }
        }
        return all.stream().filter(p -> only.isEmpty() || only.contains(p.name())).toList();
    }

    /**
     * True when every selected property is decided, so searching further cannot change the result.
     * Never true with nothing selected: such a check still explores (and counts) the whole space.
     */
    boolean settled() {
        return undecided == 0 && !properties.isEmpty();
    }

    /** A newly discovered state: state invariants and existential properties. */
    void discovered(S state, Supplier<Trail<S, A>> pathToState) {
        for (int i = 0; i < properties.size(); i++) {
            if (statuses[i] != null) {
                continue;
            }
            Property<S, A> p = properties.get(i);
            if (p instanceof Property.Always<S, A> always && !always.holds().test(state)) {
                decide(i, Status.VIOLATED, pathToState.get());
            } else if (p instanceof Property.Sometimes<S, A> sometimes && sometimes.reached().test(state)) {
                decide(i, Status.REACHED, pathToState.get());
            }
        }
    }

    /** A transition explored, whether or not it leads to a new state. */
    void stepped(S before, A action, S after, Supplier<Trail<S, A>> pathToBefore) {
        for (int i = 0; i < properties.size(); i++) {
            if (statuses[i] == null
                    && properties.get(i) instanceof Property.OnStep<S, A> onStep
                    && !onStep.holds().test(before, action, after)) {
                decide(i, Status.VIOLATED, pathToBefore.get().then(before, action));
            }
        }
    }

    /** A state with no enabled action. */
    void deadEnd(S state, Supplier<Trail<S, A>> pathToState) {
        for (int i = 0; i < properties.size(); i++) {
            if (statuses[i] == null
                    && properties.get(i) instanceof Property.AtEnd<S, A> atEnd
                    && !atEnd.holds().test(state)) {
                decide(i, Status.VIOLATED, pathToState.get());
            }
        }
    }

    // ---- For searches that judge on many threads and decide afterwards, in search order ----

    /** The number of selected properties; indices below follow {@link #verdicts}' order. */
    int size() {
        return properties.size();
    }

    /** The indices of the properties still waiting for evidence. */
    int[] openIndices() {
        int[] open = new int[undecided];
        int n = 0;
        for (int i = 0; i < properties.size(); i++) {
            if (statuses[i] == null) {
                open[n++] = i;
            }
        }
        return open;
    }

    /** Whether a newly discovered {@code state} is evidence for property {@code i}. Pure. */
    boolean evidenceOnDiscovery(int i, S state) {
        Property<S, A> p = properties.get(i);
        if (p instanceof Property.Always<S, A> always) {
            return !always.holds().test(state);
        }
        return p instanceof Property.Sometimes<S, A> sometimes && sometimes.reached().test(state);
    }

    /** Of the properties {@code open}, those judged on each state as it is discovered (in order). */
    int[] judgedOnDiscovery(int[] open) {
        return java.util.Arrays.stream(open).filter(i -> properties.get(i) instanceof Property.Always<S, A>
                || properties.get(i) instanceof Property.Sometimes<S, A>).toArray();
    }

    /** Of the properties {@code open}, those judged on each step (in order). */
    int[] judgedOnStep(int[] open) {
        return java.util.Arrays.stream(open).filter(i -> properties.get(i) instanceof Property.OnStep<S, A>).toArray();
    }

    /** Whether the step is evidence (a violation) for property {@code i}. Pure. */
    boolean evidenceOnStep(int i, S before, A action, S after) {
        return properties.get(i) instanceof Property.OnStep<S, A> onStep && !onStep.holds().test(before, action, after);
    }

    /** Whether {@code state}, which has no enabled action, is evidence for property {@code i}. Pure. */
    boolean evidenceAtEnd(int i, S state) {
        return properties.get(i) instanceof Property.AtEnd<S, A> atEnd && !atEnd.holds().test(state);
    }

    /** Decides property {@code i} by the evidence at the end of {@code path}. */
    void decide(int i, Trail<S, A> path) {
        decide(i, properties.get(i).isExistential() ? Status.REACHED : Status.VIOLATED, path);
    }

    private void decide(int i, Status status, Trail<S, A> path) {
        List<String> broken = status == Status.VIOLATED ? List.of(properties.get(i).name()) : List.of();
        runs[i] = Runs.endingIn(model, path, broken);
        statuses[i] = status;
        undecided--;
    }

    /**
     * One verdict per selected property, in model order. An undecided property is SAFE or UNREACHED
     * only if the search was complete; a cut-short search proves nothing about it.
     */
    List<Verdict> verdicts(boolean complete) {
        List<Verdict> verdicts = new ArrayList<>(properties.size());
        for (int i = 0; i < properties.size(); i++) {
            Property<S, A> p = properties.get(i);
            Status status = statuses[i];
            if (status == null) {
                status = !complete ? Status.INCOMPLETE : p.isExistential() ? Status.UNREACHED : Status.SAFE;
            }
            verdicts.add(new Verdict(p.name(), p.description(), status, runs[i]));
        }
        return verdicts;
    }
}
