package dev.sledcheck.stress.races;

/**
 * Start states, named by literal schedules of seed-7282 (as {@code sledcheck check} prints them and
 * {@code sledcheck replay} takes them). All end with Nexus's 204 for Stopping 6 (delivered, or lost
 * to a fault and so to be retried): Nexus stores
 * Stopping 6, the agent holds Destroyed still to apply, and in flight are the drain's next poke,
 * the watcher's first pass and, with {@code --user-stop}, the user's second stop.
 */
final class Starts {
    private Starts() {}

    /** The simulated agent (its stop takes a look-up step and an apply step). */
    static final String SIM_TO_STOPPING_6 = "user:stop#1(i0);agent:stop(v1);agent:stop-apply(v1);"
            + "user:stop-reply(v1,200:Stopping/3);agent:poke(v1);nexus:put(v1,Running/4);agent:204(v1,Running/4);"
            + "agent:poke(v1);nexus:put(v1,Stopping/5);agent:204(v1,Stopping/5);"
            + "agent:poke(v1);nexus:put(v1,Stopping/6);agent:204(v1,Stopping/6)";

    /** The real agent up to Nexus's write of Stopping 6, its 204 still in flight. */
    private static final String REAL_TO_PUT_STOPPING_6 = "user:stop#1(i0);agent:stop(v1);"
            + "user:stop-reply(v1,200:Stopping/3);agent:poke(v1);nexus:put(v1,Running/4);agent:204(v1,Running/4);"
            + "agent:poke(v1);nexus:put(v1,Stopping/5);agent:204(v1,Stopping/5);"
            + "agent:poke(v1);nexus:put(v1,Stopping/6)";

    /** The real agent (its stop is one step; the drain is the runner's observations). */
    static final String REAL_TO_STOPPING_6 = REAL_TO_PUT_STOPPING_6 + ";agent:204(v1,Stopping/6)";

    /**
     * As {@link #REAL_TO_STOPPING_6}, but the 204 for Stopping 6 is lost ({@code --faults dup}): in
     * flight are the agent's notice of the failed PUT, whose retry is a duplicate, and the watcher's pass.
     */
    static final String REAL_STOPPING_6_REPLY_LOST = REAL_TO_PUT_STOPPING_6 + ";dup:agent:204(v1,Stopping/6)";
}
