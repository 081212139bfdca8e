package dev.sledcheck.examples.retry;

import dev.sledcheck.model.actor.Actor;
import dev.sledcheck.model.actor.Ctx;
import dev.sledcheck.model.actor.Id;

/**
 * Sends requests 1 to {@code requests} one at a time, each with a timer; when the timer fires
 * before the reply, it sends the same request again, at most {@code retries} times, then just
 * waits. A reply to an earlier request (a retry's second answer) is ignored.
 */
final class Client implements Actor<Client.State, Msg, Void> {

    /**
     * Waiting for the reply to request {@code current}, sent {@code attempts} times;
     * {@code current} past the last request means every reply is in.
     */
    record State(int current, int attempts) {}

    private final Id server;
    private final int requests;
    private final int retries;

    Client(Id server, int requests, int retries) {
        this.server = server;
        this.requests = requests;
        this.retries = retries;
    }

    boolean done(State s) {
        return s.current() > requests;
    }

    @Override
    public State init(Id self, Ctx<Msg, Void> ctx) {
        return send(self, 1, 1, ctx);
    }

    @Override
    public State receive(Id self, State s, Id from, Msg msg, Ctx<Msg, Void> ctx) {
        if (msg.id() != s.current()) {
            ctx.note(new Told(msg + " of an answered request: ignored"));
            return s;
        }
        if (msg instanceof Msg.Reply) {
            ctx.note(new Told("request " + msg.id() + " answered"));
            return s.current() < requests ? send(self, s.current() + 1, 1, ctx) : new State(s.current() + 1, 0);
        }
        if (msg instanceof Msg.Timeout && s.attempts() <= retries) {
            ctx.note(new Told("no reply yet: sends request " + msg.id() + " again"));
            return send(self, s.current(), s.attempts() + 1, ctx);
        }
        ctx.note(new Told("no reply yet, retries used up: waits"));
        return s;
    }

    /** Sends request {@code id} and starts its timer. */
    private State send(Id self, int id, int attempt, Ctx<Msg, Void> ctx) {
        ctx.send(server, new Msg.Request(id));
        ctx.send(self, new Msg.Timeout(id));
        return new State(id, attempt);
    }
}
