package dev.sledcheck.validate;

import dev.sledcheck.logs.LogEntry;
import dev.sledcheck.model.omicron.VmmState;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns log entries into {@link Event}s by omicron's own wording (the messages and fields of the
 * seed's entries). An entry that does not say one of these things, or lacks a field it needs, is
 * skipped and counted: a log holds far more than sledcheck models.
 */
public final class Recognizer {

    /** The events, in entry order, and the entries skipped. */
    public record Recognised(List<Event> events, List<LogEntry> skipped) {
        public Recognised {
            events = List.copyOf(events);
            skipped = List.copyOf(skipped);
        }
    }

    static final String RECEIVED = "received new VMM runtime state from sled agent";
    static final String COMPLETED = "request completed";
    static final String WATCHER_404 = "sled-agent error indicates that this instance's VMM has failed!";
    static final String SAGA_COMMIT = "instance update: committed update new runtime state!";

    private static final Pattern NEXUS_VMM_URI = Pattern.compile("/vmms/([0-9A-Za-z-]+)");
    private static final Pattern AGENT_STATE_URI = Pattern.compile("/vmms/([0-9A-Za-z-]+)/state");
    private static final Pattern VMM_RUNTIME = Pattern.compile("state: (\\w+), gen: Generation\\((\\d+)\\)");
    private static final Pattern NEXUS_STATE = Pattern.compile("nexus_state: (\\w+)");
    private static final Pattern INSTANCE_GEN = Pattern.compile("gen: (?:Generation\\()+(\\d+)\\)");

    private Recognizer() {}

    public static Recognised recognise(List<LogEntry> entries) {
        List<Event> events = new ArrayList<>();
        List<LogEntry> skipped = new ArrayList<>();
        for (LogEntry e : entries) {
            Optional<Event> ev = event(e, entries);
            if (ev.isPresent()) {
                events.add(ev.get());
            } else {
                skipped.add(e);
            }
        }
        return new Recognised(events, skipped);
    }

    private static Optional<Event> event(LogEntry e, List<LogEntry> all) {
        boolean watcher = e.field("background_task").filter("instance_watcher"::equals).isPresent();
        switch (e.message()) {
            case RECEIVED:
                if (watcher) {
                    Optional<String> vmm = e.field("vmm_id").or(() -> e.field("propolis_id"));
                    Optional<Runtime> rt = runtime(e);
                    if (vmm.isEmpty() || rt.isEmpty()) {
                        return Optional.empty();
                    }
                    return Optional.of(new Event.WatcherWrites(e, vmm.get(), e.field("instance_id").orElse(null),
                            rt.get().state(), rt.get().gen()));
                }
                return internalPut(e).flatMap(vmm -> runtime(e).map(rt -> new Event.PutArrived(e, vmm, rt.state(), rt.gen())));
            case COMPLETED:
                return completed(e, all);
            case WATCHER_404:
                if (!watcher || !e.field("error").filter(s -> s.contains("NO_SUCH_INSTANCE")).isPresent()) {
                    return Optional.empty();
                }
                return e.field("vmm_id").map(vmm -> new Event.WatcherSaw404(e, vmm, e.field("instance_id").orElse(null)));
            case SAGA_COMMIT:
                Optional<String> rt = e.field("new_runtime");
                Optional<String> inst = e.field("instance_id");
                if (rt.isEmpty() || inst.isEmpty()) {
                    return Optional.empty();
                }
                Matcher s = NEXUS_STATE.matcher(rt.get());
                Matcher g = INSTANCE_GEN.matcher(rt.get());
                if (!s.find() || !g.find()) {
                    return Optional.empty();
                }
                return Optional.of(new Event.SagaCommitted(e, inst.get(), s.group(1), Integer.parseInt(g.group(1))));
            default:
                return Optional.empty();
        }
    }

    private static Optional<Event> completed(LogEntry e, List<LogEntry> all) {
        Optional<Integer> code = e.field("response_code").flatMap(Recognizer::number);
        if (code.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> put = internalPut(e);
        if (put.isPresent()) {
            // The completion does not repeat the runtime: the arrival with the same request id has it.
            Optional<Runtime> rt = Optional.empty();
            Optional<String> req = e.field("req_id");
            for (LogEntry other : all) {
                if (rt.isEmpty() && req.isPresent() && other != e && RECEIVED.equals(other.message())
                        && other.field("req_id").equals(req)) {
                    rt = runtime(other);
                }
            }
            return Optional.of(new Event.PutCompleted(e, put.get(), code.get(),
                    rt.map(Runtime::state).orElse(null), rt.map(Runtime::gen).orElse(null)));
        }
        if (e.component().equals("dropshot") && e.field("method").filter("GET"::equals).isPresent()) {
            Optional<Matcher> uri = e.field("uri").map(AGENT_STATE_URI::matcher).filter(Matcher::matches);
            return uri.map(m -> new Event.AgentAnsweredGet(e, m.group(1), code.get()));
        }
        return Optional.empty();
    }

    /** The VMM of an agent's {@code PUT /vmms/{id}} to Nexus's internal API. */
    private static Optional<String> internalPut(LogEntry e) {
        if (!e.component().equals("dropshot_internal") || !e.field("method").filter("PUT"::equals).isPresent()) {
            return Optional.empty();
        }
        return e.field("uri").map(NEXUS_VMM_URI::matcher).filter(Matcher::matches).map(m -> m.group(1));
    }

    private record Runtime(VmmState state, int gen) {}

    private static Optional<Runtime> runtime(LogEntry e) {
        Optional<String> v = e.field("vmm_state");
        if (v.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = VMM_RUNTIME.matcher(v.get());
        if (!m.find()) {
            return Optional.empty();
        }
        for (VmmState s : VmmState.values()) {
            if (s.toString().equals(m.group(1))) {
                return Optional.of(new Runtime(s, Integer.parseInt(m.group(2))));
            }
        }
        return Optional.empty();
    }

    private static Optional<Integer> number(String s) {
        try {
            return Optional.of(Integer.parseInt(s.strip()));
        } catch (NumberFormatException ex) {
            return Optional.empty();
        }
    }
}
