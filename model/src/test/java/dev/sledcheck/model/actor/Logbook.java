package dev.sledcheck.model.actor;

import dev.sledcheck.model.core.Property;
import java.util.ArrayList;
import java.util.List;

/**
 * A toy system for the delivery tests. Each client, on {@code go}, sends {@code a} to the writer,
 * {@code note} to the auditor, then {@code b} to the writer; both append what they get to a shared
 * log (the store), tagged with the client's number. The auditor's messages are the ones a
 * same-thread runtime defers.
 */
final class Logbook {
    private Logbook() {}

    static final Id WRITER = new Id(0);
    static final Id AUDITOR = new Id(1);

    /** Appends "message+client" to the log. */
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
            return state + 1;
        }
    };

    /** A client that starts with {@code copies} go messages to itself. */
    private static Actor<Integer, String, List<String>> client(int copies) {
        return new Actor<>() {
            @Override
            public Integer init(Id self, Ctx<String, List<String>> ctx) {
                for (int i = 0; i < copies; i++) {
                    ctx.send(self, "go");
                }
                return 0;
            }

            @Override
            public Integer receive(Id self, Integer state, Id from, String msg, Ctx<String, List<String>> ctx) {
                ctx.send(WRITER, "a");
                ctx.send(AUDITOR, "note");
                ctx.send(WRITER, "b");
                return state + 1;
            }
        };
    }

    /** {@code clients} clients, each starting with {@code copies} go messages. */
    static ActorSystem<String, List<String>> system(int clients, int copies) {
        SystemBuilder<String, List<String>> b = ActorSystem.<String, List<String>>builder(List.of());
        b.add("writer", APPENDER, Access.STORE);
        b.add("auditor", APPENDER, Access.STORE);
        for (int c = 0; c < clients; c++) {
            b.add("client" + c, client(copies), Access.LOCAL);
        }
        b.properties(s -> List.of(Property.always("B1", "no client's b is logged before its a",
                st -> bAfterA(st.store()))));
        return b.build();
    }

    static boolean deferred(Envelope<String> e) {
        return e.dst().equals(AUDITOR);
    }

    private static boolean bAfterA(List<String> log) {
        for (int i = 0; i < log.size(); i++) {
            if (log.get(i).startsWith("b") && !log.subList(0, i).contains("a" + log.get(i).substring(1))) {
                return false;
            }
        }
        return true;
    }
}
