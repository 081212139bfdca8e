package dev.sledcheck.stress.races;

import dev.sledcheck.stress.omicron.OmicronThreads;
import java.util.function.Consumer;

/** An operation of the stress engines: one actor's entry point in flight at the start. */
public enum Op {
    /** The agent's drain: its next poke and everything that follows on that thread. */
    DRAIN("drain", OmicronThreads::drain),
    /** The agent's retry of a PUT whose 204 was lost (a fault of the start schedule), and what follows. */
    RETRY("retry", OmicronThreads::retry),
    /** One watcher pass. */
    PASS("watcherPass", OmicronThreads::watcherPass),
    /** The user's (second) stop. */
    STOP("userStop", OmicronThreads::userStop);

    private final String method;
    private final Consumer<OmicronThreads> run;

    Op(String method, Consumer<OmicronThreads> run) {
        this.method = method;
        this.run = run;
    }

    /** The name of the method that runs it, in the Lincheck subjects and jcstress tests. */
    public String method() {
        return method;
    }

    public void runOn(OmicronThreads threads) {
        run.accept(threads);
    }
}
