package dev.sledcheck.app;

import dev.sledcheck.model.actor.ActorSystem;
import dev.sledcheck.model.actor.Envelope;
import dev.sledcheck.model.actor.SystemState;
import dev.sledcheck.model.core.Reduction;
import dev.sledcheck.model.omicron.Msg;
import dev.sledcheck.model.omicron.nexus.Db;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The states a breadth-first search under every reduction visits, as the checker's search takes
 * them (representatives; the first proposed subset whose successors are all new, else every step),
 * each handed to a visitor with its enabled steps and every subset proposed for it.
 */
final class ReducedWalk {
    private ReducedWalk() {}

    interface Visitor {
        void visit(SystemState<Msg, Db> state, List<Envelope<Msg>> enabled, List<int[]> proposed);
    }

    /** Walks {@code m}'s reduced graph; returns the number of states visited. */
    static int walk(ActorSystem<Msg, Db> m, Visitor visitor) {
        Map<SystemState<Msg, Db>, Integer> level = new HashMap<>();
        List<SystemState<Msg, Db>> frontier = new ArrayList<>();
        for (SystemState<Msg, Db> s : m.initialStates()) {
            if (level.putIfAbsent(representative(m, s), 0) == null) {
                frontier.add(representative(m, s));
            }
        }
        for (int depth = 0; !frontier.isEmpty(); depth++) {
            List<SystemState<Msg, Db>> next = new ArrayList<>();
            for (SystemState<Msg, Db> s : frontier) {
                List<Envelope<Msg>> enabled = new ArrayList<>();
                m.actions(s, enabled);
                List<int[]> proposed = enabled.size() < 2 ? List.of() : m.partialOrder().ample(s, enabled);
                visitor.visit(s, enabled, proposed);
                for (SystemState<Msg, Db> n : successors(m, s, enabled, proposed, level, depth)) {
                    if (level.putIfAbsent(n, depth + 1) == null) {
                        next.add(n);
                    }
                }
            }
            frontier = next;
        }
        return level.size();
    }

    private static List<SystemState<Msg, Db>> successors(ActorSystem<Msg, Db> m, SystemState<Msg, Db> s,
            List<Envelope<Msg>> enabled, List<int[]> proposed, Map<SystemState<Msg, Db>, Integer> level, int depth) {
        for (int[] take : proposed) {
            List<SystemState<Msg, Db>> out = new ArrayList<>();
            for (int j : take) {
                SystemState<Msg, Db> n = representative(m, m.next(s, enabled.get(j)));
                Integer l = level.get(n);
                if (l != null && l <= depth) {
                    out = null;
                    break;
                }
                out.add(n);
            }
            if (out != null) {
                return out;
            }
        }
        List<SystemState<Msg, Db>> all = new ArrayList<>();
        enabled.forEach(e -> all.add(representative(m, m.next(s, e))));
        return all;
    }

    private static SystemState<Msg, Db> representative(ActorSystem<Msg, Db> m, SystemState<Msg, Db> s) {
        for (Reduction<SystemState<Msg, Db>> r : m.reductions()) {
            s = r.representative(s);
        }
        return s;
    }
}
