package dev.sledcheck.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sledcheck.model.actor.ActorSystem;
import dev.sledcheck.model.actor.Envelope;
import dev.sledcheck.model.actor.SystemState;
import dev.sledcheck.model.core.Property;
import dev.sledcheck.model.omicron.Msg;
import dev.sledcheck.model.omicron.Roles;
import dev.sledcheck.model.omicron.nexus.Db;
import dev.sledcheck.model.omicron.nexus.Watcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The conditions of {@link dev.sledcheck.model.core.PartialOrder} for one proposed subset {@code T}
 * of one state, checked on every path of steps outside {@code T} up to a depth: C0; C1, each step
 * of {@code T} stays enabled and commutes with every step outside {@code T}; C2, a witness of an
 * Always or Sometimes property reached outside {@code T} stays one after a step of {@code T}, a
 * step of {@code T} that passes an OnStep property still passes it after a path outside {@code T},
 * and it changes no OnStep judgement of a step outside it. States are compared up to
 * the order of the watcher's checks of different instances, the one difference the reduction's
 * argument allows ({@code IndependentSteps}).
 */
final class Persistence {
    private Persistence() {}

    static void check(ActorSystem<Msg, Db> m, SystemState<Msg, Db> s, List<Envelope<Msg>> enabled, int[] take,
            int depth) {
        assertTrue(take.length > 0 && take.length < enabled.size(), "a proper, non-empty subset");
        List<Envelope<Msg>> t = new ArrayList<>();
        for (int q = 0; q < take.length; q++) {
            assertTrue(q == 0 || take[q - 1] < take[q], "ascending indices");
            t.add(enabled.get(take[q]));
        }
        // Each step of T from s, and whether it passes each OnStep property there: computed once.
        List<SystemState<Msg, Db>> fromS = new ArrayList<>();
        t.forEach(a -> fromS.add(m.next(s, a)));
        List<SystemState<Msg, Db>> frontier = List.of(s);
        Set<SystemState<Msg, Db>> seen = new HashSet<>(frontier);
        for (int d = 0; d <= depth && !frontier.isEmpty(); d++) {
            List<SystemState<Msg, Db>> next = new ArrayList<>();
            for (SystemState<Msg, Db> x : frontier) {
                List<Envelope<Msg>> here = new ArrayList<>();
                m.actions(x, here);
                assertTrue(here.containsAll(t), () -> "a step of T was disabled outside T: " + m.inFlight(x));
                // Each step of T from x, and what it leaves enabled: every check below reads them.
                List<SystemState<Msg, Db>> xs = new ArrayList<>();
                List<List<Envelope<Msg>>> enabledAfter = new ArrayList<>();
                for (Envelope<Msg> a : t) {
                    SystemState<Msg, Db> xa = x == s ? fromS.get(xs.size()) : m.next(x, a);
                    xs.add(xa);
                    List<Envelope<Msg>> after = new ArrayList<>();
                    m.actions(xa, after);
                    enabledAfter.add(after);
                }
                witnessesStay(m, s, x, t, xs);
                stillPassed(m, s, x, t, fromS, xs);
                for (Envelope<Msg> b : here) {
                    if (!t.contains(b)) {
                        SystemState<Msg, Db> xb = m.next(x, b);
                        for (int q = 0; q < t.size(); q++) {
                            commute(m, x, t.get(q), b, xb, xs.get(q), enabledAfter.get(q));
                        }
                        if (d < depth && seen.add(xb)) {
                            next.add(xb);
                        }
                    }
                }
            }
            frontier = next;
        }
    }

    /**
     * C1 and the OnStep part of C2 for step {@code a} of T and step {@code b} outside it at {@code x};
     * {@code xa} is {@code a}'s successor of {@code x}, {@code enabled} what is enabled there.
     */
    private static void commute(ActorSystem<Msg, Db> m, SystemState<Msg, Db> x, Envelope<Msg> a, Envelope<Msg> b,
            SystemState<Msg, Db> xb, SystemState<Msg, Db> xa, List<Envelope<Msg>> enabled) {
        String pair = m.token(x, a) + " with " + m.token(x, b);
        assertTrue(enabled.contains(b), pair + ": the step of T disables the other");
        SystemState<Msg, Db> ab = m.next(xa, b);
        assertEquals(canonical(m.next(xb, a)), canonical(ab), pair + ": both orders reach one state");
        for (Property<SystemState<Msg, Db>, Envelope<Msg>> p : m.properties()) {
            if (p instanceof Property.OnStep<SystemState<Msg, Db>, Envelope<Msg>> on) {
                assertEquals(on.holds().test(x, b, xb), on.holds().test(xa, b, ab),
                        p.name() + ": " + pair + ": judged alike after the step of T");
            }
        }
    }

    /** The state/target part of C2: a witness reached outside T (from a non-witness) survives T. */
    private static void witnessesStay(ActorSystem<Msg, Db> m, SystemState<Msg, Db> s, SystemState<Msg, Db> x,
            List<Envelope<Msg>> t, List<SystemState<Msg, Db>> xs) {
        for (Property<SystemState<Msg, Db>, Envelope<Msg>> p : m.properties()) {
            Predicate<SystemState<Msg, Db>> witness;
            if (p instanceof Property.Always<SystemState<Msg, Db>, Envelope<Msg>> al) {
                witness = al.holds().negate();
            } else if (p instanceof Property.Sometimes<SystemState<Msg, Db>, Envelope<Msg>> so) {
                witness = so.reached();
            } else {
                continue;
            }
            if (!witness.test(s) && witness.test(x)) {
                for (int q = 0; q < t.size(); q++) {
                    assertTrue(witness.test(xs.get(q)), p.name() + ": " + m.token(x, t.get(q)) + " undoes the witness");
                }
            }
        }
    }

    /** The OnStep part of C2 for the steps of T themselves: one passed at s still passes after a path outside T. */
    private static void stillPassed(ActorSystem<Msg, Db> m, SystemState<Msg, Db> s, SystemState<Msg, Db> x,
            List<Envelope<Msg>> t, List<SystemState<Msg, Db>> fromS, List<SystemState<Msg, Db>> xs) {
        for (Property<SystemState<Msg, Db>, Envelope<Msg>> p : m.properties()) {
            if (x != s && p instanceof Property.OnStep<SystemState<Msg, Db>, Envelope<Msg>> on) {
                for (int q = 0; q < t.size(); q++) {
                    Envelope<Msg> a = t.get(q);
                    assertTrue(!on.holds().test(s, a, fromS.get(q)) || on.holds().test(x, a, xs.get(q)),
                            p.name() + ": " + m.token(s, a) + " breaks it only after a path outside T");
                }
            }
        }
    }

    /** {@code s} with the watcher's checks ordered by instance, each instance's in their own order. */
    static SystemState<Msg, Db> canonical(SystemState<Msg, Db> s) {
        Watcher.State w = s.actor(Roles.STANDARD.watcher());
        List<Watcher.Check> checks = new ArrayList<>(w.checks());
        checks.sort(Comparator.comparing(Watcher.Check::instance)); // stable: each instance's order kept
        if (checks.equals(w.checks())) {
            return s;
        }
        List<Object> actors = new ArrayList<>(s.actors());
        actors.set(Roles.STANDARD.watcher().index(), new Watcher.State(w.passesDone(), checks));
        return new SystemState<>(actors, s.store(), s.network());
    }
}
