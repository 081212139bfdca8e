package dev.sledcheck.examples.retry;

import dev.sledcheck.model.actor.Actor;
import dev.sledcheck.model.actor.Ctx;
import dev.sledcheck.model.actor.Id;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies each request it receives by appending its id to a log, and replies. With
 * {@code dedup} it first looks the id up in that log and, if it is there, replies without
 * applying it again: the log doubles as the memory of what was applied.
 */
final class Server implements Actor<Server.State, Msg, Void> {

    /** The ids applied, in order. */
    record State(List<Integer> log) {
        State {
            log = List.copyOf(log);
        }
    }

    private final boolean dedup;

    Server(boolean dedup) {
        this.dedup = dedup;
    }

    @Override
    public State init(Id self, Ctx<Msg, Void> ctx) {
        return new State(List.of());
    }

    @Override
    public State receive(Id self, State s, Id from, Msg msg, Ctx<Msg, Void> ctx) {
        if (!(msg instanceof Msg.Request)) {
            throw new IllegalArgumentException("the server only takes requests: " + msg);
        }
        ctx.send(from, new Msg.Reply(msg.id()));
        if (dedup && s.log().contains(msg.id())) {
            ctx.note(new Told("request " + msg.id() + " was applied already: replies only"));
            return s;
        }
        List<Integer> log = new ArrayList<>(s.log());
        log.add(msg.id());
        ctx.note(new Told("applies request " + msg.id() + ", log " + log));
        return new State(log);
    }
}
