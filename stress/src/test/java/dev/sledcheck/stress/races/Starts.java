package dev.sledcheck.stress.races;

/**
 * Start states, named by literal schedules of seed-7282 (as {@code sledcheck check} prints them and
 * {@code sledcheck replay} takes them). Both end with the agent's 204 for Stopping 6: Nexus stores
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

    /** The real agent (its stop is one step; the drain is the runner's observations). */
    static final String REAL_TO_STOPPING_6 = "user:stop#1(i0);agent:stop(v1);"
            + "user:stop-reply(v1,200:Stopping/3);agent:poke(v1);nexus:put(v1,Running/4);agent:204(v1,Running/4);"
            + "agent:poke(v1);nexus:put(v1,Stopping/5);agent:204(v1,Stopping/5);"
            + "agent:poke(v1);nexus:put(v1,Stopping/6);agent:204(v1,Stopping/6)";
}
