package dev.sledcheck.model.omicron.fault;

import dev.sledcheck.model.omicron.Msg;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A kind of fault, by the messages in flight it may strike. Each strike takes the message out of
 * flight and tells the actor that would notice (the client of the exchange) what it sees:
 * <ul>
 *   <li>{@code loss}: the agent's {@code PUT /vmms/{id}} never reaches Nexus's write (request lost,
 *       connection refused, or a 5xx before the transaction): the agent sees a transport error;
 *   <li>{@code dup}: Nexus's 204 is lost after the write committed: the agent sees the same error,
 *       and a real agent's retry then arrives as a duplicate PUT;
 *   <li>{@code timeout}: the watcher's GET or the racing stop's PUT (request or reply) times out or
 *       fails in transit: the watcher's check ends with no write, the stop gets 504 and writes
 *       nothing. The first stop is never struck: the seed's test fails at once if it does not get
 *       202, and without it nothing would ever stop the VMM;
 *   <li>{@code lost-saga}: an instance-update saga is never created (the handler fails after its
 *       write, saga creation fails): the write stays, no saga runs, a waiter is told it failed;
 *   <li>{@code restart}: Nexus restarts while the message is in flight: the exchange dies with the
 *       process (as loss, dup or timeout do) and a saga not yet recorded is lost; recorded sagas
 *       resume from their log, and background tasks start afresh with nothing to remember, which
 *       the model's watcher and reincarnation already do (docs/model.md argues both).
 * </ul>
 */
public enum FaultKind {
    LOSS("loss", "the agent's PUT of a VMM state fails before Nexus writes it (simulated agent: its"
            + " poke panics; real agent: retries)", Msg.Publish.class),
    DUP("dup", "Nexus's 204 is lost after the write committed (simulated agent: panics; real agent:"
            + " retries, and the retry is a duplicate PUT)", Msg.Ack.class),
    TIMEOUT("timeout", "the watcher's GET or the racing user stop times out in transit (no write; the"
            + " stop gets 504)", Msg.Get.class, Msg.GetReply.class, Msg.Stop.class, Msg.StopReply.class),
    LOST_SAGA("lost-saga", "an instance-update saga is never created (its write stays; only the instance"
            + " updater, --updater, repairs it)", Msg.StartSaga.class),
    RESTART("restart", "Nexus restarts: the exchange in flight dies (as loss, dup, timeout) or a saga not"
            + " yet recorded is lost; recorded sagas resume", Msg.Publish.class, Msg.Ack.class, Msg.Get.class,
            Msg.GetReply.class, Msg.Stop.class, Msg.StopReply.class, Msg.StartSaga.class);

    private final String id;
    private final String summary;
    private final Set<Class<? extends Msg>> victims;

    @SafeVarargs
    FaultKind(String id, String summary, Class<? extends Msg>... victims) {
        this.id = id;
        this.summary = summary;
        this.victims = Set.of(victims);
    }

    /** The word that names it on the command line and starts its steps' tokens. */
    public String id() {
        return id;
    }

    /** One line for help and docs. */
    public String summary() {
        return summary;
    }

    /** Whether a fault of this kind may strike {@code m} (the racing stop's condition aside). */
    public boolean mayStrike(Msg m) {
        return victims.contains(m.getClass());
    }

    public static Optional<FaultKind> byId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(FaultKind::id).toList();
    }
}
