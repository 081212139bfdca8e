package dev.sledcheck.app;

import dev.sledcheck.checker.Checker;
import dev.sledcheck.checker.Reductions;
import dev.sledcheck.checker.Monitor;
import dev.sledcheck.checker.Replay;
import dev.sledcheck.checker.ReplayResult;
import dev.sledcheck.checker.SearchOptions;
import dev.sledcheck.model.actor.ActorSystem;
import dev.sledcheck.model.actor.Envelope;
import dev.sledcheck.model.actor.SameThread;
import dev.sledcheck.model.actor.SystemState;
import dev.sledcheck.model.core.Model;
import dev.sledcheck.model.core.StartAt;
import dev.sledcheck.model.omicron.Configuration;
import dev.sledcheck.model.omicron.Msg;
import dev.sledcheck.model.omicron.OmicronModel;
import dev.sledcheck.model.omicron.nexus.Db;
import dev.sledcheck.model.run.CheckResult;
import dev.sledcheck.model.run.Run;
import java.util.List;
import java.util.function.Predicate;

/**
 * One question for the checker: a configuration, asked from the state a start schedule leads to
 * (empty: the scenario's initial state), under a {@link Delivery}. The stress engines ask the same
 * question of the same actors on real threads, so their verdicts can be set beside these.
 */
public record Question(Configuration config, Delivery delivery, String start) {

    /**
     * What a same-thread runtime delivers last: a spawned instance-update saga runs once the thread
     * has nothing else to do, so replies (e.g. the PUT's 204) come first, as they do in omicron,
     * where the saga is fire-and-forget. The one definition shared by the CLI and the stress module.
     */
    public static final Predicate<Envelope<Msg>> DEFERRED = e -> e.msg() instanceof Msg.StartSaga;

    public Question {
        start = start == null ? "" : start.trim();
    }

    /** The configuration from its initial state, as the network delivers. */
    public static Question of(Configuration config) {
        return new Question(config, Delivery.ANY, "");
    }

    public Question with(Delivery d) {
        return new Question(config, d, start);
    }

    public ActorSystem<Msg, Db> system() {
        return OmicronModel.build(config);
    }

    /**
     * The system state the start schedule leads to.
     *
     * @throws dev.sledcheck.checker.ScheduleException if the schedule is not a run of the configuration
     */
    public SystemState<Msg, Db> startState() {
        ActorSystem<Msg, Db> system = system();
        return start.isEmpty() ? system.initialStates().get(0) : Replay.replay(system, start).finalState();
    }

    public CheckResult check(SearchOptions options) {
        return check(options, List.of());
    }

    /**
     * Checks under the named reductions ("all": every one the question's model offers; a narrowed
     * same-thread model offers none).
     */
    public CheckResult check(SearchOptions options, List<String> reductions) {
        return check(options, reductions, Monitor.NONE);
    }

    /** As above, telling {@code monitor} how the search goes. */
    public CheckResult check(SearchOptions options, List<String> reductions, Monitor monitor) {
        return check(model(), options, reductions, monitor);
    }

    /** The reductions a check with {@code asked} really applies to this question's model. */
    public List<String> reductionsApplied(List<String> asked) {
        return OmicronCheck.expand(model(), asked);
    }

    /** Replays {@code schedule} from the start, under this question's delivery. */
    public ReplayResult<?> replay(String schedule) {
        return Replay.replay(model(), schedule);
    }

    /** The explorable model: the system from the start state, narrowed if the delivery says so. */
    public Model<?, ?> model() {
        ActorSystem<Msg, Db> system = system();
        SystemState<Msg, Db> from = startState();
        if (delivery == Delivery.SAME_THREAD) {
            return new SameThread<>(system, from, DEFERRED);
        }
        return start.isEmpty() ? system : new StartAt<>(system, from);
    }

    private <S, A> CheckResult check(Model<S, A> model, SearchOptions options, List<String> reductions,
            Monitor monitor) {
        return Checker.of(model).options(options).reductions(Reductions.named(model, reductions)).monitor(monitor)
                .about(describe(), bounds()).run();
    }

    /** The configuration, then the delivery and start when they are not the defaults. */
    public String describe() {
        StringBuilder sb = new StringBuilder(config.describe());
        if (delivery != Delivery.ANY) {
            sb.append(" --delivery ").append(delivery.label());
        }
        if (!start.isEmpty()) {
            List<String> tokens = Run.tokens(start);
            sb.append(" --start (").append(tokens.size()).append(" steps, to ")
                    .append(tokens.get(tokens.size() - 1)).append(')');
        }
        return sb.toString();
    }

    public String bounds() {
        String b = config.bounds();
        if (!start.isEmpty()) {
            b += ", from the state after the start schedule";
        }
        if (delivery == Delivery.SAME_THREAD) {
            b += ", same-thread delivery (one thread per message in flight at the start;"
                    + " a thread delivers what it sends, replies first, sagas last)";
            if (config.options().faults().any()) {
                b += "; a thread takes no fault: faults strike only in the start schedule";
            }
        }
        return b;
    }

    /** The options that ask this question again: the configuration's, then delivery and start. */
    public List<String> args() {
        List<String> args = new java.util.ArrayList<>(config.args());
        if (delivery != Delivery.ANY) {
            args.addAll(List.of("--delivery", delivery.label()));
        }
        if (!start.isEmpty()) {
            args.addAll(List.of("--start", start));
        }
        return args;
    }

    /** The command that replays a schedule of this question (the schedule is appended). */
    public String replayCommand() {
        return OmicronCheck.replayCommand(args());
    }
}
