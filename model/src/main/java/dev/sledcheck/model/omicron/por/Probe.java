package dev.sledcheck.model.omicron.por;

import dev.sledcheck.model.actor.ActorSystem;
import dev.sledcheck.model.actor.Ctx;
import dev.sledcheck.model.actor.Envelope;
import dev.sledcheck.model.actor.Note;
import dev.sledcheck.model.actor.SystemState;
import dev.sledcheck.model.omicron.Msg;
import dev.sledcheck.model.omicron.nexus.Db;
import java.util.List;

/**
 * One delivery's handler run on its own, to see what it would do: the receiver's next state, the
 * store after it and (when asked) its notes. Cheaper than the whole successor, which also copies
 * the network and fingerprints the state; handlers are pure, so nothing else changes.
 */
record Probe(Object receiver, Db store, List<Note> notes) {

    static Probe of(ActorSystem<Msg, Db> system, SystemState<Msg, Db> s, Envelope<Msg> e, boolean notes) {
        ActorSystem.Entry<Msg, Db> to = system.entry(e.dst());
        Ctx<Msg, Db> ctx = new Ctx<>(to.id(), to.access(), s.store(), notes);
        Object after = to.actor().receive(to.id(), s.actors().get(to.id().index()), e.src(), e.msg(), ctx);
        return new Probe(after, ctx.currentStore(), ctx.notes());
    }
}
