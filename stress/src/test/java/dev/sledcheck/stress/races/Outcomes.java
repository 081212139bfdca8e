package dev.sledcheck.stress.races;

import dev.sledcheck.model.actor.ActorSystem;
import dev.sledcheck.model.actor.SameThread;
import dev.sledcheck.model.actor.SystemState;
import dev.sledcheck.app.Question;
import dev.sledcheck.model.omicron.Msg;
import dev.sledcheck.model.omicron.nexus.Db;
import dev.sledcheck.stress.omicron.Findings;
import dev.sledcheck.stress.omicron.Happening;
import dev.sledcheck.stress.omicron.NexusHistory;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every outcome a race can end in under same-thread delivery: an exhaustive walk of the checker's
 * {@link SameThread} model that carries each run's {@link Findings}, built from each step by the
 * very function the runtime's history uses ({@link NexusHistory#of}). A state is visited once per
 * distinct findings, so the walk stays as small as the model times a handful of outcomes.
 */
final class Outcomes {
    private Outcomes() {}

    record Reachable(List<String> outcomes, Set<SystemState<Msg, Db>> endStates) {}

    private record Node(SameThread.State<Msg, Db> state, Findings findings) {}

    static Reachable explore(Race race) {
        ActorSystem<Msg, Db> system = race.system();
        SameThread<Msg, Db> model = new SameThread<>(system, race.startState(), Question.DEFERRED);
        Findings initial = Findings.of(new NexusHistory(race.startState().store()).entries());
        Set<Node> seen = new HashSet<>();
        Deque<Node> todo = new ArrayDeque<>();
        for (SameThread.State<Msg, Db> s : model.initialStates()) {
            Node n = new Node(s, initial);
            seen.add(n);
            todo.add(n);
        }
        Set<String> outcomes = new TreeSet<>();
        Set<SystemState<Msg, Db>> ends = new HashSet<>();
        List<SameThread.Turn<Msg>> turns = new ArrayList<>();
        while (!todo.isEmpty()) {
            Node n = todo.poll();
            turns.clear();
            model.actions(n.state(), turns);
            if (turns.isEmpty()) {
                outcomes.add(n.findings().outcome());
                ends.add(model.view(n.state()));
            }
            for (SameThread.Turn<Msg> turn : turns) {
                ActorSystem.Transition<Msg, Db> t = model.explain(n.state(), turn);
                Findings f = n.findings();
                for (Happening h : NexusHistory.of(system, t)) {
                    f = f.plus(h);
                }
                Node next = new Node(model.step(n.state(), turn, t), f);
                if (seen.add(next)) {
                    todo.add(next);
                }
            }
        }
        return new Reachable(List.copyOf(outcomes), Set.copyOf(ends));
    }
}
