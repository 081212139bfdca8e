package dev.sledcheck.model.omicron;

/** Which sled agent hosts the VMM. */
public enum AgentKind {
    /** sled-agent/src/sim: a table of simulated VMMs drained by the test's poke. */
    SIM,
    /** sled-agent/src/instance.rs: a runner per VMM that observes propolis. */
    REAL
}
