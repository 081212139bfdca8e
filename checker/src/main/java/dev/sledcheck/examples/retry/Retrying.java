package dev.sledcheck.examples.retry;

import dev.sledcheck.model.actor.Access;
import dev.sledcheck.model.actor.ActorSystem;
import dev.sledcheck.model.actor.Envelope;
import dev.sledcheck.model.actor.Id;
import dev.sledcheck.model.actor.SystemState;
import dev.sledcheck.model.core.Facet;
import dev.sledcheck.model.core.Property;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A client that retries and a server that applies, on the actor layer: the smallest system where
 * at-least-once delivery meets a non-idempotent operation. The network neither loses nor
 * duplicates; the duplicates come from the client's own retries, sent when a timer fires before the
 * reply, which an unordered network allows at any time. Without {@code dedup} the server applies a
 * retried request twice; with it, once.
 */
public final class Retrying {

    /** The server's and the client's ids: the order they are added in. */
    private static final Id SERVER = new Id(0);
    private static final Id CLIENT = new Id(1);

    private Retrying() {}

    /**
     * @param requests how many requests the client sends, one after another (at least 1)
     * @param retries  how many times at most it sends one request again (at least 0)
     * @param dedup    whether the server skips the requests it has applied already
     */
    public static ActorSystem<Void, Msg> of(int requests, int retries, boolean dedup) {
        if (requests < 1 || retries < 0) {
            throw new IllegalArgumentException("at least 1 request and 0 retries: " + requests + ", " + retries);
        }
        Client client = new Client(SERVER, requests, retries);
        ActorSystem.Builder<Void, Msg> b = ActorSystem.<Void, Msg>builder(null)
                .properties(system -> properties(client))
                .facets((system, s) -> facets(system, client, s));
        check(b.add("server", new Server(dedup), Access.LOCAL), SERVER);
        check(b.add("client", client, Access.LOCAL), CLIENT);
        return b.build();
    }

    private static void check(Id added, Id expected) {
        if (!added.equals(expected)) {
            throw new IllegalStateException("actor added as " + added + ", expected " + expected);
        }
    }

    private static List<Property<SystemState<Void, Msg>, Envelope<Msg>>> properties(Client client) {
        return List.of(
                Property.always("AppliedOnce", "the server applies each request at most once",
                        s -> Set.copyOf(log(s)).size() == log(s).size()),
                Property.atEnd("Answered", "when nothing is left to do, the client has a reply to every request",
                        s -> client.done(s.actor(CLIENT))),
                Property.sometimes("DuplicateInFlight", "two copies of one request are in flight at once",
                        Retrying::duplicateInFlight));
    }

    private static List<Integer> log(SystemState<Void, Msg> s) {
        return s.<Server.State>actor(SERVER).log();
    }

    private static boolean duplicateInFlight(SystemState<Void, Msg> s) {
        Set<Msg> seen = new HashSet<>();
        for (Envelope<Msg> e : s.network()) {
            if (e.msg() instanceof Msg.Request && !seen.add(e.msg())) {
                return true;
            }
        }
        return false;
    }

    private static List<Facet> facets(ActorSystem<Void, Msg> system, Client client, SystemState<Void, Msg> s) {
        Client.State c = s.actor(CLIENT);
        String waiting = client.done(c) ? "every reply in"
                : "waits for reply " + c.current() + ", request sent " + c.attempts() + (c.attempts() == 1 ? " time" : " times");
        return List.of(new Facet("client", waiting), new Facet("server", "log " + log(s)),
                new Facet("in flight", system.inFlight(s)));
    }
}
