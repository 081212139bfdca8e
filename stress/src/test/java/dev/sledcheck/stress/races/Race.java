package dev.sledcheck.stress.races;

import dev.sledcheck.app.ConfigSyntax;
import dev.sledcheck.app.Delivery;
import dev.sledcheck.app.Question;
import dev.sledcheck.model.actor.ActorSystem;
import dev.sledcheck.model.actor.SystemState;
import dev.sledcheck.model.omicron.Configuration;
import dev.sledcheck.model.omicron.Msg;
import dev.sledcheck.model.omicron.Scenario;
import dev.sledcheck.model.omicron.nexus.Db;
import dev.sledcheck.stress.omicron.OmicronThreads;
import java.util.List;

/**
 * The questions the three engines answer: a configuration of seed-7282, a start state named by a
 * literal schedule of it, and the operations that race from there (one thread each). The checker
 * answers from the same state in both deliveries; Lincheck and jcstress run the operations on the
 * threaded runtime.
 */
public enum Race {
    SEED_SIM_BUG("seed-race sim-bug", "sim-bug --passes 1", Starts.SIM_TO_STOPPING_6, "SeedRaceSimBug", Op.DRAIN, Op.PASS),
    SEED_SIM_FIX("seed-race sim-fix", "sim-fix --passes 1", Starts.SIM_TO_STOPPING_6, "SeedRaceSimFix", Op.DRAIN, Op.PASS),
    SEED_REAL_PRE("seed-race real-pre", "real-pre --passes 1", Starts.REAL_TO_STOPPING_6, "SeedRaceRealPre", Op.DRAIN, Op.PASS),
    SEED_REAL_FIX("seed-race real-fix", "real-fix --passes 1", Starts.REAL_TO_STOPPING_6, "SeedRaceRealFix", Op.DRAIN, Op.PASS),
    SEED_SIM_FIX_SKIP_TERMINAL("seed-race sim-fix-skip-terminal", "sim-fix-skip-terminal --passes 1",
            Starts.SIM_TO_STOPPING_6, "SeedRaceSimFixSkipTerminal", Op.DRAIN, Op.PASS),
    SEED_GEN_LE("seed-race gen-le", "gen-le --passes 1", Starts.SIM_TO_STOPPING_6, "SeedRaceGenLe", Op.DRAIN, Op.PASS),
    STOP_SIM_FIX("stop-race sim-fix", "sim-fix --user-stop --passes 0", Starts.SIM_TO_STOPPING_6,
            "StopRaceSimFix", Op.DRAIN, Op.STOP),
    STOP_SIM_FIX_STOP_GUARD("stop-race sim-fix-stop-guard", "sim-fix-stop-guard --user-stop --passes 0",
            Starts.SIM_TO_STOPPING_6, "StopRaceSimFixStopGuard", Op.DRAIN, Op.STOP),
    DUP_REAL_PRE("dup-race real-pre", "real-pre --passes 1 --faults dup", Starts.REAL_STOPPING_6_REPLY_LOST,
            "DupRaceRealPre", Op.RETRY, Op.PASS),
    DUP_REAL_FIX("dup-race real-fix", "real-fix --passes 1 --faults dup", Starts.REAL_STOPPING_6_REPLY_LOST,
            "DupRaceRealFix", Op.RETRY, Op.PASS);

    /** The package of the jcstress tests, one per race. */
    public static final String JCSTRESS_PACKAGE = "dev.sledcheck.stress.jcstress";

    private final String title;
    private final Configuration config;
    private final String start;
    private final String jcstressClass;
    private final List<Op> ops;
    /** Built on first use: a jcstress fork runs one race, and need not replay every race's start. */
    private volatile Started started;

    private record Started(ActorSystem<Msg, Db> system, SystemState<Msg, Db> state) {}

    Race(String title, String config, String start, String jcstressClass, Op... ops) {
        this.title = title;
        this.config = ConfigSyntax.parse(Scenario.SEED_7282, config);
        this.start = start;
        this.jcstressClass = jcstressClass;
        this.ops = List.of(ops);
    }

    /** E.g. {@code seed-race sim-bug}: the configuration's name in agreement.json. */
    public String title() {
        return title;
    }

    public Configuration config() {
        return config;
    }

    /** The literal start schedule. */
    public String start() {
        return start;
    }

    public List<Op> ops() {
        return ops;
    }

    /** The jcstress test's fully qualified class name. */
    public String jcstressTest() {
        return JCSTRESS_PACKAGE + "." + jcstressClass;
    }

    /** The checker's question: this configuration, from this start, under {@code delivery}. */
    public Question question(Delivery delivery) {
        return new Question(config, delivery, start);
    }

    public ActorSystem<Msg, Db> system() {
        return started().system();
    }

    public SystemState<Msg, Db> startState() {
        return started().state();
    }

    private Started started() {
        Started s = started;
        if (s == null) { // two threads may both build it: the same values, so either may stay
            Question q = question(Delivery.SAME_THREAD);
            s = new Started(q.system(), q.startState());
            started = s;
        }
        return s;
    }

    /** A fresh threaded runtime at the start state: one per Lincheck invocation or jcstress sample. */
    public OmicronThreads threads() {
        Started s = started();
        return new OmicronThreads(s.system(), s.state(), Question.DEFERRED);
    }

    public static Race byTitle(String title) {
        for (Race r : values()) {
            if (r.title.equals(title)) {
                return r;
            }
        }
        throw new IllegalArgumentException("no race " + title);
    }
}
