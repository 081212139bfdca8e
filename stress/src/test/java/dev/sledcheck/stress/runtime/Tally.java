package dev.sledcheck.stress.runtime;

import dev.sledcheck.model.actor.Access;
import dev.sledcheck.model.actor.Actor;
import dev.sledcheck.model.actor.ActorSystem;
import dev.sledcheck.model.actor.SystemBuilder;
import dev.sledcheck.model.actor.Ctx;
import dev.sledcheck.model.actor.Envelope;
import dev.sledcheck.model.actor.Id;
import java.util.ArrayList;
import java.util.List;

/**
 * A toy system for the runtime's tests. Each client, on {@code go}, sends {@code a} to the writer,
 * {@code note} to the auditor (deferred work), then {@code b} to the writer; the writer and the
 * auditor append what they get to the store (a log), the writer replies {@code ack} to the client,
 * which counts acks. Clients are LOCAL actors; the writer and auditor are STORE actors.
 */
final class Tally {
    private Tally() {}

    static final Id WRITER = new Id(0);
    static final Id AUDITOR = new Id(1);

    private static final Actor<Integer, String, List<String>> APPENDER = new Actor<>() {
        @Override
        public Integer init(Id self, Ctx<String, List<String>> ctx) {
            return 0;
        }

        @Override
        public Integer receive(Id self, Integer state, Id from, String msg, Ctx<String, List<String>> ctx) {
            List<String> log = new ArrayList<>(ctx.store());
            log.add(msg + from.index());
            ctx.store(List.copyOf(log));
            if (self.equals(WRITER)) {
                ctx.send(from, "ack");
            }
            return state + 1;
        }
    };

    private static final Actor<Integer, String, List<String>> CLIENT = new Actor<>() {
        @Override
        public Integer init(Id self, Ctx<String, List<String>> ctx) {
            ctx.send(self, "go");
            return 0;
        }

        @Override
        public Integer receive(Id self, Integer state, Id from, String msg, Ctx<String, List<String>> ctx) {
            if (msg.equals("go")) {
                ctx.send(WRITER, "a");
                ctx.send(AUDITOR, "note");
                ctx.send(WRITER, "b");
                return state;
            }
            return state + 1;
        }
    };

    static ActorSystem<String, List<String>> system(int clients) {
        return builder(clients).build();
    }

    /** The system's builder, for a test that changes its network or timers. */
    static SystemBuilder<String, List<String>> builder(int clients) {
        SystemBuilder<String, List<String>> b = ActorSystem.<String, List<String>>builder(List.of());
        b.add("writer", APPENDER, Access.STORE);
        b.add("auditor", APPENDER, Access.STORE);
        for (int c = 0; c < clients; c++) {
            b.add("client" + c, CLIENT, Access.LOCAL);
        }
        return b;
    }

    static boolean deferred(Envelope<String> e) {
        return e.dst().equals(AUDITOR);
    }
}
