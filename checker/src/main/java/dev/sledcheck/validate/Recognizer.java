package dev.sledcheck.validate;

import dev.sledcheck.logs.LogEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns log entries into {@link Event}s by omicron's own wording, in two separate steps. First,
 * what an entry is ({@link #kind}): its message, and where the message alone is ambiguous, the
 * context that names the event (the component, the background task, the request's method and
 * URI); never the fields the event then needs. An entry of no kind is skipped and counted: a log
 * holds far more than sledcheck models. Second, for an entry of a kind, the fields its event needs
 * ({@link EventReader}): a field missing or unreadable there is an error, not a skip, because
 * dropping an entry the check relies on would change the verdict without a word.
 */
public final class Recognizer {

    /** The events, in entry order, and the entries of no kind. */
    public record Recognised(List<Event> events, List<LogEntry> skipped) {
        public Recognised {
            events = List.copyOf(events);
            skipped = List.copyOf(skipped);
        }
    }

    /** What a recognised entry says happened; {@code what} names it in messages. */
    enum Kind {
        PUT_ARRIVED("the agent's PUT /vmms/{id} arriving at Nexus's internal API"),
        PUT_COMPLETED("Nexus completing the agent's PUT /vmms/{id}"),
        AGENT_ANSWERED_GET("the sled agent completing a GET /vmms/{id}/state"),
        WATCHER_SAW_404("the instance watcher taking a 404 as a failed VMM"),
        WATCHER_UPDATING("the instance watcher's 'updating instance state' before its write"),
        WATCHER_WRITES("the instance watcher's write of a VMM's state"),
        SAGA_COMMITTED("an instance-update saga's commit");

        final String what;

        Kind(String what) {
            this.what = what;
        }
    }

    /*
     * The messages, the same at the seed's omicron (d337333577c5) and at b848b6df85 (file:line there):
     * process_vmm_update's (nexus/src/app/instance.rs:2116, :2815), dropshot's (server.rs, 0.12 and
     * 0.17), the watcher's 404 verdict (background/tasks/instance_watcher.rs:163, :268) and debug
     * line before its write (:233, :152), the saga's commit (sagas/instance_update/mod.rs:1178,
     * :1369). What changed between them is in the fields: see EventReader.
     */
    static final String RECEIVED = "received new VMM runtime state from sled agent";
    static final String COMPLETED = "request completed";
    static final String WATCHER_404 = "sled-agent error indicates that this instance's VMM has failed!";
    static final String UPDATING = "updating instance state";
    static final String SAGA_COMMIT = "instance update: committed update new runtime state!";

    static final Pattern NEXUS_VMM_URI = Pattern.compile("/vmms/([0-9A-Za-z-]+)");
    static final Pattern AGENT_STATE_URI = Pattern.compile("/vmms/([0-9A-Za-z-]+)/state");

    /**
     * The sled agent's HTTP server: {@code dropshot} for the simulated agent inside a test's log
     * (#7282), {@code dropshot (SledAgent)} for the real one on a rack (#7918, #6911).
     */
    private static final Set<String> AGENT_SERVERS = Set.of("dropshot", "dropshot (SledAgent)");

    private Recognizer() {}

    /**
     * The events of {@code entries} in order.
     *
     * @throws UnusableLogException on the first recognised entry that lacks what its event needs
     */
    public static Recognised recognise(List<LogEntry> entries) throws UnusableLogException {
        List<Event> events = new ArrayList<>();
        List<LogEntry> skipped = new ArrayList<>();
        for (LogEntry e : entries) {
            Optional<Kind> kind = kind(e);
            if (kind.isPresent()) {
                events.add(EventReader.read(kind.get(), e, entries));
            } else {
                skipped.add(e);
            }
        }
        return new Recognised(events, skipped);
    }

    /** What {@code e} is, if it is one of the events sledcheck models. */
    static Optional<Kind> kind(LogEntry e) {
        switch (e.message()) {
            case RECEIVED:
                if (e.field("background_task").filter("instance_watcher"::equals).isPresent()) {
                    return Optional.of(Kind.WATCHER_WRITES);
                }
                // Only the agent's PUT reaches the internal API with this message; the same words
                // from dropshot_external are a user's stop learning the VMM's state (#6809), which
                // this check does not model.
                return e.component().equals("dropshot_internal") ? Optional.of(Kind.PUT_ARRIVED) : Optional.empty();
            case COMPLETED:
                // Every HTTP request ends with these words: the request line says which one it was.
                String method = e.field("method").orElse("");
                String uri = e.field("uri").orElse("");
                if (e.component().equals("dropshot_internal") && method.equals("PUT")
                        && NEXUS_VMM_URI.matcher(uri).matches()) {
                    return Optional.of(Kind.PUT_COMPLETED);
                }
                if (AGENT_SERVERS.contains(e.component()) && method.equals("GET")
                        && AGENT_STATE_URI.matcher(uri).matches()) {
                    return Optional.of(Kind.AGENT_ANSWERED_GET);
                }
                return Optional.empty();
            case WATCHER_404:
                return Optional.of(Kind.WATCHER_SAW_404);
            case UPDATING:
                // Words common enough that only the watcher's own context makes them its entry.
                return e.field("background_task").filter("instance_watcher"::equals).isPresent()
                        ? Optional.of(Kind.WATCHER_UPDATING) : Optional.empty();
            case SAGA_COMMIT:
                return Optional.of(Kind.SAGA_COMMITTED);
            default:
                return Optional.empty();
        }
    }
}
