package dev.sledcheck.checker;

import dev.sledcheck.checker.fair.Digraph;
import dev.sledcheck.model.core.Model;
import dev.sledcheck.model.core.Property;
import dev.sledcheck.model.run.Stats;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The state graph liveness is decided on, explored breadth first on one thread (so node numbers,
 * and every lasso read off them, are the same whatever the options' threads or strategy): whole
 * states, each edge labelled with its fair actor and the index of its action, each state with the
 * fair actors that cannot move there. A state is expanded only if some property needs its
 * successors: every state for a leads-to, only states short of the target for an inevitably.
 * The options' limits hold as in every search; a cut graph still holds real edges, so a lasso read
 * off its expanded part is a real one.
 */
final class LiveGraph<S, A> {
    final Model<S, A> model;
    final List<S> states;
    final Digraph graph;
    /** The nodes of the model's initial states, each once, in the model's order. */
    final int[] initial;
    /** For each node of {@link #initial}, the index of its state among the model's initial states. */
    final int[] initialIndex;
    final Stats stats;

    private LiveGraph(Model<S, A> model, List<S> states, Digraph graph, int[] initial, int[] initialIndex,
            Stats stats) {
        this.model = model;
        this.states = states;
        this.graph = graph;
        this.initial = initial;
        this.initialIndex = initialIndex;
        this.stats = stats;
    }

    /**
     * Explores {@code model} for {@code properties}, with {@code fair} (sorted) the fair actors,
     * each the bit of its index. {@code how} says how states were told apart, for the statistics.
     */
    static <S, A> LiveGraph<S, A> explore(Model<S, A> model, List<Property.Liveness<S, A>> properties,
            SearchOptions options, List<String> fair, String how) {
        long startNanos = System.nanoTime();
        Budget budget = new Budget(options, startNanos);
        Budget.Pace pace = budget.pace();
        boolean everyState = properties.stream().anyMatch(p -> p instanceof Property.LeadsTo);
        Map<S, Integer> ids = new HashMap<>();
        List<S> states = new ArrayList<>();
        List<Integer> depth = new ArrayList<>();
        Digraph.Builder b = new Digraph.Builder();
        List<Integer> initial = new ArrayList<>();
        List<Integer> initialIndex = new ArrayList<>();
        boolean cut = false;
        List<S> roots = model.initialStates();
        for (int i = 0; i < roots.size() && !cut; i++) {
            S s = roots.get(i);
            if (!ids.containsKey(s)) {
                if (!budget.admitsOneMore(states.size())) {
                    cut = true;
                    break;
                }
                ids.put(s, b.node());
                states.add(s);
                depth.add(0);
                initial.add(ids.get(s));
                initialIndex.add(i);
            }
        }
        long transitions = 0;
        int maxDepth = 0;
        List<A> enabled = new ArrayList<>();
        int[] targets = new int[16];
        int[] bits = new int[16];
        for (int v = 0; v < states.size() && !cut; v++) {
            S s = states.get(v);
            if (!everyState && properties.stream().allMatch(p -> p.target().test(s))) {
                continue;
            }
            enabled.clear();
            model.actions(s, enabled);
            if (!pace.go(1 + enabled.size())) {
                cut = true;
                break;
            }
            if (targets.length < enabled.size()) {
                targets = new int[enabled.size()];
                bits = new int[enabled.size()];
            }
            long canMove = 0;
            for (int i = 0; i < enabled.size(); i++) {
                A a = enabled.get(i);
                bits[i] = fair.indexOf(model.actor(s, a));
                canMove |= bits[i] < 0 ? 0 : 1L << bits[i];
                S t = model.next(s, a);
                Integer w = ids.get(t);
                if (w == null) {
                    if (!budget.admitsOneMore(states.size())) {
                        cut = true;
                        break;
                    }
                    w = b.node();
                    ids.put(t, w);
                    states.add(t);
                    depth.add(depth.get(v) + 1);
                    maxDepth = Math.max(maxDepth, depth.get(v) + 1);
                }
                targets[i] = w;
            }
            if (cut) {
                break; // v's successors are not all known: it stays unexpanded, and no dead end
            }
            for (int i = 0; i < enabled.size(); i++) {
                b.edge(v, targets[i], bits[i] < 0 ? Digraph.UNFAIR : bits[i], i);
            }
            transitions += enabled.size();
            long all = fair.isEmpty() ? 0 : -1L >>> (Long.SIZE - fair.size());
            b.expanded(v, all & ~canMove);
        }
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        Stats stats = new Stats("bfs", how, states.size(), transitions, maxDepth, !cut, cut ? budget.exceeded() : "",
                seconds);
        return new LiveGraph<>(model, states, b.build(), ints(initial), ints(initialIndex), stats);
    }

    /** The action of {@code edge}, looked up again among its node's enabled actions. */
    A action(int edge, int node) {
        List<A> enabled = new ArrayList<>();
        model.actions(states.get(node), enabled);
        return enabled.get(graph.action(edge));
    }

    private static int[] ints(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }
}
