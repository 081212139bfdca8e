package dev.sledcheck.validate;

import dev.sledcheck.reports.output.Echo;
import dev.sledcheck.logs.LogEntry;
import dev.sledcheck.model.omicron.VmmState;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The fields each {@link Recognizer.Kind} needs, read strictly: a recognised entry without them,
 * or with one that does not read (a generation that is not a number or does not fit the model's
 * int, a VMM state omicron does not have, a status that is not a number), is an {@link
 * UnusableLogException} naming the line and the entry. Fields an event can do without (the
 * instance of a watcher entry, the runtime of a completed PUT) stay optional.
 */
final class EventReader {

    /** omicron's {@code VmmRuntimeState { state: Destroyed, gen: Generation(7), ... }}. */
    private static final Pattern VMM_RUNTIME = Pattern.compile("state: (\\w+), gen: Generation\\(([^()]*)\\)");
    private static final Pattern NEXUS_STATE = Pattern.compile("nexus_state: (\\w+)");
    /** The instance's {@code gen: Generation(Generation(4))}: the newtype nests. */
    private static final Pattern INSTANCE_GEN = Pattern.compile("gen: (?:Generation\\()+([^()]*)\\)");

    private EventReader() {}

    static Event read(Recognizer.Kind kind, LogEntry e, List<LogEntry> all) throws UnusableLogException {
        return switch (kind) {
            case PUT_ARRIVED -> {
                Runtime rt = runtime(kind, e);
                yield new Event.PutArrived(e, uri(kind, e, Recognizer.NEXUS_VMM_URI, "/vmms/{id}"), rt.state(), rt.gen());
            }
            case PUT_COMPLETED -> {
                String vmm = uri(kind, e, Recognizer.NEXUS_VMM_URI, "/vmms/{id}");
                int code = status(kind, e);
                // The completion does not repeat the runtime: the arrival with the same request id has it.
                Optional<Runtime> rt = arrival(e, all);
                yield new Event.PutCompleted(e, vmm, code, rt.map(Runtime::state).orElse(null),
                        rt.map(Runtime::gen).orElse(null));
            }
            case AGENT_ANSWERED_GET ->
                new Event.AgentAnsweredGet(e, uri(kind, e, Recognizer.AGENT_STATE_URI, "/vmms/{id}/state"), status(kind, e));
            case WATCHER_SAW_404 -> saw404(kind, e);
            case WATCHER_WRITES -> {
                Optional<String> vmm = e.field("vmm_id").or(() -> e.field("propolis_id"));
                if (vmm.isEmpty()) {
                    throw broken(kind, e, "it has neither 'vmm_id' nor 'propolis_id' to say which VMM it writes");
                }
                Runtime rt = runtime(kind, e);
                yield new Event.WatcherWrites(e, vmm.get(), e.field("instance_id").orElse(null), rt.state(), rt.gen());
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
            throw broken(kind, e, "its new_runtime " + Echo.quote(rt) + " lacks 'nexus_state: S' or 'gen: Generation(N)'");
        }
        return new Event.SagaCommitted(e, instance, s.group(1), generation(kind, e, "new_runtime", g.group(1)));
    }

    private record Runtime(VmmState state, int gen) {}

    /** The reported runtime in {@code vmm_state}. */
    private static Runtime runtime(Recognizer.Kind kind, LogEntry e) throws UnusableLogException {
        String v = need(kind, e, "vmm_state", "the state and generation reported");
        Matcher m = VMM_RUNTIME.matcher(v);
        if (!m.find()) {
            throw broken(kind, e, "its vmm_state " + Echo.quote(v)
                    + " is not 'VmmRuntimeState { state: S, gen: Generation(N), ... }'");
        }
        VmmState state = Arrays.stream(VmmState.values()).filter(s -> s.toString().equals(m.group(1))).findFirst()
                .orElseThrow(() -> broken(kind, e, "its vmm_state names state " + Echo.quote(m.group(1))
                        + ", which is not a VMM state (" + Arrays.stream(VmmState.values()).map(VmmState::toString)
                                .collect(Collectors.joining(", ")) + ")"));
        return new Runtime(state, generation(kind, e, "vmm_state", m.group(2)));
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
                return Optional.of(runtime(Recognizer.Kind.PUT_ARRIVED, other));
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
