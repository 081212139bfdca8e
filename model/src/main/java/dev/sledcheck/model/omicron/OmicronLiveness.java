package dev.sledcheck.model.omicron;

import dev.sledcheck.model.actor.Envelope;
import dev.sledcheck.model.actor.SystemState;
import dev.sledcheck.model.core.Property;
import dev.sledcheck.model.omicron.agent.AgentState;
import dev.sledcheck.model.omicron.agent.Vmm;
import dev.sledcheck.model.omicron.nexus.Db;
import dev.sledcheck.model.omicron.nexus.InstanceRow;
import java.util.ArrayList;
import java.util.List;

/**
 * The liveness properties, decided with {@code --liveness} (kept apart from {@link OmicronProperty}
 * so that the matrix, its predictions and every other output stay as they were). Each is a
 * leads-to over every run, finite or infinite: L1 judges only the ends of finite runs; these also
 * judge runs that go round a cycle for ever.
 *
 * <p><b>Fairness</b>: with {@code --liveness}, every actor is weakly fair, an actor with a message
 * in flight to it from some point on, for ever, eventually handles one. Each stands for code that
 * keeps running in omicron: the sled agent's dropshot handlers and each instance runner's task
 * (tokio runs every ready task); Nexus's internal PUT handler (one per request); the instance
 * watcher and reincarnation, periodic background tasks whose next activation always comes (the
 * watcher's bounded passes are the model's bound, not a scheduler's choice); the stop's request
 * handler, which awaits its replies and its saga; and Steno's saga executor, which runs every
 * ready node. Without fairness ({@code --fair none}) the scheduler may starve any of them: the
 * model's reincarnation then re-reads a locked instance for ever (its activation left "for the
 * next one" is a message to itself) while the saga that holds the lock never moves, which omicron's
 * timer-driven task cannot do.
 */
public enum OmicronLiveness {
    L2("every instance the user stopped eventually rests Stopped with no active VMM (on every run, also"
            + " an infinite fair one, whenever one is not at rest, a later state has every one at rest)"),
    L3("the agent eventually forgets every destroyed VMM (whenever it holds one, a later state has it"
            + " holding none)");

    private final String description;

    OmicronLiveness(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** The properties as the checker takes them, in declaration order. */
    static List<Property<SystemState<Msg, Db>, Envelope<Msg>>> all() {
        List<Property<SystemState<Msg, Db>, Envelope<Msg>>> ps = new ArrayList<>();
        for (OmicronLiveness p : values()) {
            ps.add(p.property());
        }
        return ps;
    }

    Property<SystemState<Msg, Db>, Envelope<Msg>> property() {
        if (this == L2) {
            return Property.leadsTo(name(), description, s -> !stoppedAtRest(s.store()), s -> stoppedAtRest(s.store()));
        }
        return Property.leadsTo(name(), description, s -> holdsDestroyed(s.actor(Roles.STANDARD.agent())),
                s -> !holdsDestroyed(s.actor(Roles.STANDARD.agent())));
    }

    /** L2's target: every instance the user asked to stop has no active VMM and is not Failed. */
    public static boolean stoppedAtRest(Db db) {
        for (InstanceRow i : db.instances()) {
            if (i.stopAsked() && !i.stoppedCleanly()) {
                return false;
            }
        }
        return true;
    }

    /** L3's trigger: the agent's table holds a VMM it has seen destroyed. */
    public static boolean holdsDestroyed(AgentState agent) {
        for (Vmm v : agent.vmms()) {
            if (v.state() == VmmState.DESTROYED) {
                return true;
            }
        }
        return false;
    }
}
