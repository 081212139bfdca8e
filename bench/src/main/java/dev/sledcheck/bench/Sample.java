package dev.sledcheck.bench;

import dev.sledcheck.model.actor.ActorSystem;
import dev.sledcheck.model.actor.Envelope;
import dev.sledcheck.model.actor.SystemState;
import dev.sledcheck.model.omicron.Configuration;
import dev.sledcheck.model.omicron.Msg;
import dev.sledcheck.model.omicron.OmicronModel;
import dev.sledcheck.model.omicron.Options;
import dev.sledcheck.model.omicron.Scenario;
import dev.sledcheck.model.omicron.Variant;
import dev.sledcheck.model.omicron.nexus.Db;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A fixed sample of real states to benchmark on: the first {@code size} states a breadth-first
 * search of {@code scale sim-fix --instances 2 --passes 2} meets, with their enabled deliveries.
 * The same every run, so figures compare across commits.
 */
final class Sample {

    final ActorSystem<Msg, Db> system;
    final List<SystemState<Msg, Db>> states = new ArrayList<>();
    final List<List<Envelope<Msg>>> actions = new ArrayList<>();
    /** The first {@link #PAIRS} (state, delivery) pairs of the sample, flat. */
    final List<SystemState<Msg, Db>> pairStates = new ArrayList<>();
    final List<Envelope<Msg>> pairActions = new ArrayList<>();

    static final int PAIRS = 4_096;

    Sample(int size) {
        Options o = Options.defaults(Scenario.SCALE).withInstances(2).withPasses(2);
        system = OmicronModel.build(new Configuration(Scenario.SCALE, o, Variant.SIM_FIX));
        ArrayDeque<SystemState<Msg, Db>> queue = new ArrayDeque<>(system.initialStates());
        Set<SystemState<Msg, Db>> seen = new HashSet<>(queue);
        while (!queue.isEmpty() && states.size() < size) {
            SystemState<Msg, Db> s = queue.poll();
            List<Envelope<Msg>> enabled = new ArrayList<>();
            system.actions(s, enabled);
            states.add(s);
            actions.add(enabled);
            for (Envelope<Msg> e : enabled) {
                if (pairStates.size() < PAIRS) {
                    pairStates.add(s);
                    pairActions.add(e);
                }
                SystemState<Msg, Db> t = system.next(s, e);
                if (seen.add(t)) {
                    queue.add(t);
                }
            }
        }
        if (pairStates.size() < PAIRS) {
            throw new IllegalStateException("sample too small for " + PAIRS + " pairs: " + pairStates.size());
        }
    }
}
