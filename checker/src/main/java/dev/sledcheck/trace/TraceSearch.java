package dev.sledcheck.trace;

import dev.sledcheck.model.core.Model;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Breadth-first search over (model state, index of the next group, bindings) for a run that shows
 * a log's groups in order; the rules are in the package documentation. Nodes are kept in discovery
 * order with their parent and the move from it, as the checker's BFS does, so the result is
 * deterministic and the run is rebuilt by walking back.
 */
public final class TraceSearch<S, A> {

    private record Node<S>(S state, int next, Bindings bindings) {}

    private final Model<S, A> model;
    private final List<Group<S, A>> groups;
    private final List<Node<S>> nodes = new ArrayList<>();
    private final Map<Node<S>, Integer> ids = new HashMap<>();
    private final List<Integer> parents = new ArrayList<>();
    private final List<A> via = new ArrayList<>();
    private final List<Integer> matched = new ArrayList<>();
    private int furthest;

    private TraceSearch(Model<S, A> model, List<Group<S, A>> groups) {
        this.model = model;
        this.groups = List.copyOf(groups);
    }

    public static <S, A> TraceResult<S, A> search(Model<S, A> model, List<Group<S, A>> groups) {
        return new TraceSearch<>(model, groups).run();
    }

    private TraceResult<S, A> run() {
        for (S initial : model.initialStates()) {
            admit(new Node<>(initial, 0, Bindings.NONE), -1, null, -1);
        }
        List<A> actions = new ArrayList<>();
        for (int head = 0; head < nodes.size(); head++) {
            Node<S> n = nodes.get(head);
            if (n.next() == groups.size()) {
                return possible(head);
            }
            Group<S, A> g = groups.get(n.next());
            int from = head;
            g.state(n.state(), n.bindings()).ifPresent(b -> admit(new Node<>(n.state(), n.next() + 1, b), from, null, n.next()));
            actions.clear();
            model.actions(n.state(), actions);
            for (A a : actions) {
                S after = model.next(n.state(), a);
                g.step(n.state(), a, after, n.bindings())
                        .ifPresent(b -> admit(new Node<>(after, n.next() + 1, b), from, a, n.next()));
                if (forbidder(n.state(), a, after, n.next(), n.bindings()).isEmpty()) {
                    admit(new Node<>(after, n.next(), n.bindings()), from, a, -1);
                }
            }
        }
        return new Diagnosis<>(model, groups, furthest, frontier(), nodes.size()).impossible();
    }

    /**
     * The first pending observation (of group {@code next} or later) that this step shows: such a
     * step happens where the log has it, so it may not be taken unlogged.
     */
    static <S, A> Optional<Observation<S, A>> forbidder(List<Group<S, A>> groups, S before, A a, S after, int next,
            Bindings b) {
        for (int i = next; i < groups.size(); i++) {
            for (Observation<S, A> o : groups.get(i).members()) {
                if (o instanceof Observation.OnStep<S, A> step && step.test().test(before, a, after, b).isPresent()) {
                    return Optional.of(o);
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Observation<S, A>> forbidder(S before, A a, S after, int next, Bindings b) {
        return forbidder(groups, before, a, after, next, b);
    }

    private void admit(Node<S> node, int parent, A action, int group) {
        if (ids.containsKey(node)) {
            return;
        }
        ids.put(node, nodes.size());
        nodes.add(node);
        parents.add(parent);
        via.add(action);
        matched.add(group);
        furthest = Math.max(furthest, node.next());
    }

    private TraceResult<S, A> possible(int id) {
        List<TraceResult.Mark<S, A>> marks = new ArrayList<>();
        for (int at = id; parents.get(at) >= 0; at = parents.get(at)) {
            marks.add(new TraceResult.Mark<>(nodes.get(parents.get(at)).state(), via.get(at), matched.get(at)));
        }
        Collections.reverse(marks);
        return new TraceResult.Possible<>(marks, nodes.get(id).bindings(), nodes.size());
    }

    /** The (state, bindings) of every node that got as far as any did, in discovery order. */
    private List<Diagnosis.Start<S>> frontier() {
        List<Diagnosis.Start<S>> out = new ArrayList<>();
        for (Node<S> n : nodes) {
            if (n.next() == furthest) {
                out.add(new Diagnosis.Start<>(n.state(), n.bindings()));
            }
        }
        return out;
    }
}
