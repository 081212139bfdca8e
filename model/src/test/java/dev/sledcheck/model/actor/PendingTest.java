package dev.sledcheck.model.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PendingTest {
    private static final Id A = new Id(0);
    private static final Id SAGA = new Id(1);

    private static Envelope<String> to(Id dst, String msg) {
        return new Envelope<>(A, dst, msg);
    }

    /** Delivers everything, letting {@code script} say what each message sends; returns the order. */
    private static List<String> drain(Pending<String> p, java.util.function.Function<String, List<Envelope<String>>> script) {
        List<String> order = new ArrayList<>();
        while (!p.isEmpty()) {
            Envelope<String> e = p.next();
            order.add(e.msg());
            p = p.after(script.apply(e.msg()), x -> x.dst().equals(SAGA));
        }
        return order;
    }

    @Test
    void whatAStepSendsRunsDepthFirstAndDeferredWorkWaitsForTheEnd() {
        List<String> order = drain(Pending.of(to(A, "put")), m -> {
            switch (m) {
                case "put":
                    return List.of(to(SAGA, "saga1"), to(A, "204"), to(A, "log"));
                case "204":
                    return List.of(to(A, "poke"));
                case "poke":
                    return List.of(to(SAGA, "saga2"));
                case "saga1":
                    return List.of(to(A, "saga1-done"));
                default:
                    return List.of();
            }
        });
        assertEquals(List.of("put", "204", "poke", "log", "saga1", "saga1-done", "saga2"), order);
    }

    @Test
    void emptyWorkHasNoNext() {
        Pending<String> done = Pending.of(to(A, "x")).after(List.of(), e -> false);
        assertTrue(done.isEmpty());
        assertThrows(IllegalStateException.class, done::next);
    }
}
