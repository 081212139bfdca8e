package dev.sledcheck.model.omicron;

import java.util.List;
import java.util.Optional;

/**
 * A named record of policies: every behaviour a variant changes is one field, so the variant table
 * of protocol.md is data, not copied code paths.
 */
public record Variant(
        String name,
        String summary,
        AgentKind agent,
        RemovalOrder removal,
        GenCheck genCheck,
        FailedGen failedGen,
        WatcherFilter watcherFilter,
        StopGuard stopGuard,
        NexusAt nexus) {

    public static final Variant SIM_BUG = new Variant("sim-bug",
            "simulated agent at #7282: removes a destroyed VMM, then publishes Destroyed",
            AgentKind.SIM, RemovalOrder.REMOVE_THEN_PUBLISH, GenCheck.STRICT, FailedGen.SNAPSHOT_PLUS_ONE,
            WatcherFilter.NONEXISTENT_STATES, StopGuard.CALL_AGENT, NexusAt.BUG);

    public static final Variant SIM_FIX = SIM_BUG.named("sim-fix",
            "simulated agent per RFD 486 6.1: publishes Destroyed, awaits the 204, then removes")
            .with(RemovalOrder.PUBLISH_THEN_REMOVE);

    public static final Variant REAL_PRE = SIM_BUG.named("real-pre",
            "real agent before PR #7928: deregisters, bumps to Destroyed d+1, then publishes")
            .with(AgentKind.REAL);

    public static final Variant REAL_FIX = SIM_FIX.named("real-fix",
            "real agent with PR #7928: publishes Destroyed (GETs held), deregisters on the 204")
            .with(AgentKind.REAL);

    public static final Variant NO_GEN_CHECK = SIM_FIX.named("no-gen-check",
            "sim-fix, but Nexus writes VMM state without a generation check").with(GenCheck.NONE);

    public static final Variant GEN_LE = SIM_FIX.named("gen-le",
            "sim-fix, but Nexus's check is stored gen <= new gen").with(GenCheck.LESS_OR_EQUAL);

    public static final Variant WATCHER_REREAD = SIM_FIX.named("watcher-reread",
            "sim-fix, but the watcher writes Failed at the re-read stored gen + 1")
            .with(FailedGen.REREAD_PLUS_ONE);

    public static final Variant FAILED_GEN_PLUS_2 = SIM_FIX.named("failed-gen-plus-2",
            "sim-fix, but the watcher writes Failed at snapshot gen + 2").with(FailedGen.SNAPSHOT_PLUS_TWO);

    public static final Variant SKIP_TERMINAL = SIM_BUG.named("skip-terminal",
            "sim-bug, but the watcher skips every terminal VMM (omicron 3ef5ee2b1a, unmerged at HEAD)")
            .with(WatcherFilter.SKIP_TERMINAL);

    public static final Variant SIM_FIX_SKIP_TERMINAL = SIM_FIX.named("sim-fix-skip-terminal",
            "sim-fix, and the watcher skips every terminal VMM (3ef5ee2b1a)").with(WatcherFilter.SKIP_TERMINAL);

    public static final Variant SIM_FIX_STOP_GUARD = SIM_FIX.named("sim-fix-stop-guard",
            "sim-fix, and a user stop treats a terminal active VMM as already done")
            .with(StopGuard.TERMINAL_IS_DONE);

    public static final Variant HEAD = REAL_FIX.named("head",
            "omicron at b848b6df85: the real agent as PR #7928 left it, Nexus with intended states (#8053)")
            .with(NexusAt.HEAD);

    public static final Variant HEAD_SIM = SIM_BUG.named("head-sim",
            "omicron's tests at b848b6df85: the simulated agent still removes before publishing (#7282 open)")
            .with(NexusAt.HEAD);

    /** Every built-in variant, in the order tables list them. */
    public static final List<Variant> ALL = List.of(SIM_BUG, SIM_FIX, REAL_PRE, REAL_FIX, NO_GEN_CHECK,
            GEN_LE, WATCHER_REREAD, FAILED_GEN_PLUS_2, SKIP_TERMINAL, SIM_FIX_SKIP_TERMINAL, SIM_FIX_STOP_GUARD,
            HEAD, HEAD_SIM);

    public static Optional<Variant> byName(String name) {
        return ALL.stream().filter(v -> v.name.equals(name)).findFirst();
    }

    public static List<String> names() {
        return ALL.stream().map(Variant::name).toList();
    }

    Variant named(String n, String s) {
        return new Variant(n, s, agent, removal, genCheck, failedGen, watcherFilter, stopGuard, nexus);
    }

    Variant with(AgentKind a) {
        return new Variant(name, summary, a, removal, genCheck, failedGen, watcherFilter, stopGuard, nexus);
    }

    Variant with(RemovalOrder r) {
        return new Variant(name, summary, agent, r, genCheck, failedGen, watcherFilter, stopGuard, nexus);
    }

    Variant with(GenCheck g) {
        return new Variant(name, summary, agent, removal, g, failedGen, watcherFilter, stopGuard, nexus);
    }

    Variant with(FailedGen f) {
        return new Variant(name, summary, agent, removal, genCheck, f, watcherFilter, stopGuard, nexus);
    }

    Variant with(WatcherFilter w) {
        return new Variant(name, summary, agent, removal, genCheck, failedGen, w, stopGuard, nexus);
    }

    Variant with(StopGuard g) {
        return new Variant(name, summary, agent, removal, genCheck, failedGen, watcherFilter, g, nexus);
    }

    Variant with(NexusAt n) {
        return new Variant(name, summary, agent, removal, genCheck, failedGen, watcherFilter, stopGuard, n);
    }

    /**
     * The omicron commits this variant's agent and Nexus follow, and what it changes beyond them:
     * one line for docs and reports.
     */
    public String commits() {
        String agentAt = agent == AgentKind.SIM ? "simulated agent @d337333577c5 (same at HEAD)"
                : removal == RemovalOrder.REMOVE_THEN_PUBLISH ? "real agent @2d0031ce6d50 (RA-PRE)"
                : "real agent @dbcd860db265 (RA-FIX, same at HEAD)";
        if (agent == AgentKind.SIM && removal == RemovalOrder.PUBLISH_THEN_REMOVE) {
            agentAt = "simulated agent @d337333577c5 with RFD 486's order (not in omicron)";
        }
        return agentAt + ", Nexus @" + nexus.commit();
    }
}
