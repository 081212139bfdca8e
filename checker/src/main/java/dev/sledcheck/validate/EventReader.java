package dev.sledcheck.validate;

import dev.sledcheck.logs.LogEntry;
import dev.sledcheck.model.omicron.VmmState;
import dev.sledcheck.reports.output.Echo;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The fields each {@link Recognizer.Kind} needs, read strictly: a recognised entry without them,
 * or with one that does not read (a generation that is not a number or does not fit the model's
 * int, a VMM state or failure reason omicron does not have, a status that is not a number), is an
 * {@link UnusableLogException} naming the line and the entry. Fields an event can do without (the
 * instance of a watcher entry, the runtime of a completed PUT) stay optional.
 *
 * <p>The runtimes are Rust's Debug output, which omicron changed twice between the seed's commit
 * (d337333577c5) and b848b6df85; both forms read, and mixed:
 * <ul>
 *   <li>the generation's field {@code gen:} became {@code generation:} in the Rust 2024 edition
 *       (e6baff4981, #9398), in VmmRuntimeState (nexus/types/src/instance.rs:45 at b848b6df85) and
 *       the instance's InstanceRuntimeState (nexus/db-model/src/instance.rs:339);
 *   <li>Failed carries a reason since ebeb7060cf (#10425), {@code Failed(NoSuchInstance)}
 *       (VmmState::Failed(VmmFailureReason), nexus/types/src/instance.rs:96, :193).
 * </ul>
 */
final class EventReader {

    /**
     * omicron's {@code VmmRuntimeState { state: Destroyed, gen: Generation(7), ... }}, or at
     * b848b6df85 {@code VmmRuntimeState { state: Failed(NoSuchInstance), generation: Generation(7), ... }}.
     */
    private static final Pattern VMM_RUNTIME =
            Pattern.compile("VmmRuntimeState \\{ state: (\\w+)(?:\\(([^()]*)\\))?, (?:gen|generation): Generation\\(([^()]*)\\)");
    private static final String VMM_RUNTIME_SHAPE = "VmmRuntimeState { state: S, gen|generation: Generation(N), ... }";
    /** The watcher's {@code state = SledVmmState { vmm_state: VmmRuntimeState { ... }, migration_in: ..., ... }}. */
    private static final Pattern SLED_VMM_STATE = Pattern.compile("SledVmmState \\{ vmm_state: " + VMM_RUNTIME.pattern());
    private static final Pattern NEXUS_STATE = Pattern.compile("nexus_state: (\\w+)");
    /** The instance's {@code gen: Generation(Generation(4))} (or {@code generation:}): the newtype nests. */
    private static final Pattern INSTANCE_GEN = Pattern.compile("\\b(?:gen|generation): (?:Generation\\()+([^()]*)\\)");
    /** omicron's VmmFailureReason (nexus/types/src/instance.rs:193 at b848b6df85), as Debug prints it. */
    static final List<String> FAILURE_REASONS =
            List.of("Prehistoric", "FromSledAgent", "NoSuchInstance", "SledExpunged", "SledOff");

    private EventReader() {}

    static Event read(Recognizer.Kind kind, LogEntry e, List<LogEntry> all) throws UnusableLogException {
        return switch (kind) {
            case PUT_ARRIVED -> {
                Runtime rt = vmmState(kind, e);
                yield new Event.PutArrived(e, uri(kind, e, Recognizer.NEXUS_VMM_URI, "/vmms/{id}"), rt.state(), rt.reason(),
                        rt.gen());
            }
            case PUT_COMPLETED -> {
                String vmm = uri(kind, e, Recognizer.NEXUS_VMM_URI, "/vmms/{id}");
                int code = status(kind, e);
                // The completion does not repeat the runtime: the arrival with the same request id has it.
                Optional<Runtime> rt = arrival(e, all);
                yield new Event.PutCompleted(e, vmm, code, rt.map(Runtime::state).orElse(null),
                        rt.map(Runtime::reason).orElse(null), rt.map(Runtime::gen).orElse(null));
            }
            case AGENT_ANSWERED_GET ->
                new Event.AgentAnsweredGet(e, uri(kind, e, Recognizer.AGENT_STATE_URI, "/vmms/{id}/state"), status(kind, e));
            case WATCHER_SAW_404 -> saw404(kind, e);
            case WATCHER_UPDATING -> {
                // The watcher's child logger names the VMM (instance_watcher.rs:120 at b848b6df85).
                String vmm = need(kind, e, "vmm_id", "the VMM it writes");
                Runtime rt = sledVmmState(kind, e);
                yield new Event.WatcherUpdating(e, vmm, e.field("instance_id").orElse(null), rt.state(), rt.reason(),
                        rt.gen());
            }
            case WATCHER_WRITES -> {
                Optional<String> vmm = e.field("vmm_id").or(() -> e.field("propolis_id"));
                if (vmm.isEmpty()) {
                    throw broken(kind, e, "it has neither 'vmm_id' nor 'propolis_id' to say which VMM it writes");
                }
                Runtime rt = vmmState(kind, e);
                yield new Event.WatcherWrites(e, vmm.get(), e.field("instance_id").orElse(null), rt.state(), rt.reason(),
                        rt.gen());
            }
            case SAGA_COMMITTED -> committed(kind, e);
        };
    }

    private static Event saw404(Recognizer.Kind kind, LogEntry e) throws UnusableLogException {
        String vmm = need(kind, e, "vmm_id", "the VMM it gives up on");
        String error = need(kind, e, "error", "the agent's answer");
        if (!error.contains("NO_SUCH_INSTANCE")) {
            throw broken(kind, e, "its error " + Echo.quote(error) + " is not the agent's 404 NO_SUCH_INSTANCE,"
                    + " the one answer the model's watcher takes as a failed VMM");
        }
        return new Event.WatcherSaw404(e, vmm, e.field("instance_id").orElse(null));
    }

    private static Event committed(Recognizer.Kind kind, LogEntry e) throws UnusableLogException {
        String instance = need(kind, e, "instance_id", "the instance committed");
        String rt = need(kind, e, "new_runtime", "the committed runtime");
        Matcher s = NEXUS_STATE.matcher(rt);
        Matcher g = INSTANCE_GEN.matcher(rt);
        if (!s.find() || !g.find()) {
            throw broken(kind, e, "its new_runtime " + Echo.quote(rt)
                    + " lacks 'nexus_state: S' or 'gen|generation: Generation(N)'");
        }
        return new Event.SagaCommitted(e, instance, s.group(1), generation(kind, e, "new_runtime", g.group(1)));
    }

    /** A reported VMM runtime: {@code reason} is null unless the state is Failed and gives one. */
    private record Runtime(VmmState state, String reason, int gen) {}

    /** The reported runtime in {@code vmm_state}: process_vmm_update's field. */
    private static Runtime vmmState(Recognizer.Kind kind, LogEntry e) throws UnusableLogException {
        String v = need(kind, e, "vmm_state", "the state and generation reported");
        Matcher m = VMM_RUNTIME.matcher(v.strip());
        if (!m.lookingAt()) {
            throw broken(kind, e, "its vmm_state " + Echo.quote(v) + " is not '" + VMM_RUNTIME_SHAPE + "'");
        }
        return runtime(kind, e, "vmm_state", m);
    }

    /** The runtime in the watcher's {@code state}, a whole SledVmmState. */
    private static Runtime sledVmmState(Recognizer.Kind kind, LogEntry e) throws UnusableLogException {
        String v = need(kind, e, "state", "the state and generation it writes");
        Matcher m = SLED_VMM_STATE.matcher(v.strip());
        if (!m.lookingAt()) {
            throw broken(kind, e, "its state " + Echo.quote(v) + " is not 'SledVmmState { vmm_state: "
                    + VMM_RUNTIME_SHAPE + ", ... }'");
        }
        return runtime(kind, e, "state", m);
    }

    private static Runtime runtime(Recognizer.Kind kind, LogEntry e, String key, Matcher m) throws UnusableLogException {
        String name = m.group(1);
        VmmState state = Arrays.stream(VmmState.values()).filter(s -> s.toString().equals(name)).findFirst()
                .orElseThrow(() -> broken(kind, e, "its " + key + " names state " + Echo.quote(name)
                        + ", which is not a VMM state (" + Arrays.stream(VmmState.values()).map(VmmState::toString)
                                .collect(Collectors.joining(", ")) + ")"));
        String reason = m.group(2);
        if (reason != null && state != VmmState.FAILED) {
            throw broken(kind, e, "its " + key + " gives state " + name + " a reason " + Echo.quote(reason)
                    + ", and only Failed carries one");
        }
        if (reason != null && !FAILURE_REASONS.contains(reason)) {
            throw broken(kind, e, "its " + key + " names failure reason " + Echo.quote(reason)
                    + ", which is not one omicron has (" + String.join(", ", FAILURE_REASONS) + ")");
        }
        return new Runtime(state, reason, generation(kind, e, key, m.group(3)));
    }

    /** The runtime of the PUT arrival with {@code e}'s request id, if the log has one. */
    private static Optional<Runtime> arrival(LogEntry e, List<LogEntry> all) throws UnusableLogException {
        Optional<String> req = e.field("req_id");
        if (req.isEmpty()) {
            return Optional.empty();
        }
        for (LogEntry other : all) {
            if (other != e && other.field("req_id").equals(req)
                    && Recognizer.kind(other).filter(Recognizer.Kind.PUT_ARRIVED::equals).isPresent()) {
                return Optional.of(vmmState(Recognizer.Kind.PUT_ARRIVED, other));
            }
        }
        return Optional.empty();
    }

    /** A generation: omicron's is a u64, the model's an int; anything else is a broken field. */
    private static int generation(Recognizer.Kind kind, LogEntry e, String key, String text) throws UnusableLogException {
        String g = text.strip();
        if (!g.matches("\\d+")) {
            throw broken(kind, e, "the generation " + Echo.quote(g) + " in its " + key + " is not a number");
        }
        try {
            return Integer.parseInt(g);
        } catch (NumberFormatException tooBig) {
            throw broken(kind, e, "the generation " + Echo.quote(g) + " in its " + key
                    + " does not fit in an int (the model's generations are 32-bit)");
        }
    }

    private static int status(Recognizer.Kind kind, LogEntry e) throws UnusableLogException {
        String code = need(kind, e, "response_code", "the HTTP status it answered").strip();
        if (!code.matches("[1-5]\\d\\d")) {
            throw broken(kind, e, "its response_code " + Echo.quote(code) + " is not an HTTP status");
        }
        return Integer.parseInt(code);
    }

    private static String uri(Recognizer.Kind kind, LogEntry e, Pattern p, String shape) throws UnusableLogException {
        String uri = need(kind, e, "uri", "the VMM it is about");
        Matcher m = p.matcher(uri);
        if (!m.matches()) {
            throw broken(kind, e, "its uri " + Echo.quote(uri) + " is not " + shape);
        }
        return m.group(1);
    }

    private static String need(Recognizer.Kind kind, LogEntry e, String key, String why) throws UnusableLogException {
        Optional<String> v = e.field(key);
        if (v.isEmpty()) {
            throw broken(kind, e, "it has no '" + key + "' (" + why + ")");
        }
        return v.get();
    }

    private static UnusableLogException broken(Recognizer.Kind kind, LogEntry e, String problem) {
        return new UnusableLogException("line " + e.line() + ": entry " + e.id() + " is " + kind.what + ", but "
                + problem);
    }
}
