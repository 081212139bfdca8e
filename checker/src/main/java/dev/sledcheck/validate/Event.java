package dev.sledcheck.validate;

import dev.sledcheck.logs.LogEntry;
import dev.sledcheck.model.omicron.VmmState;

/**
 * A log entry sledcheck understands, with what it says. VMM and instance identifiers are the log's
 * own (UUIDs); they are bound to the model's {@code v1}, {@code i0} while matching.
 *
 * <p>A {@code reason} is the failure reason omicron logs with a Failed VMM state since
 * ebeb7060cf (#10425), {@code Failed(NoSuchInstance)}: {@code null} when the entry gives none
 * (every state but Failed, and Failed in logs of omicron before that commit).
 */
public sealed interface Event {

    LogEntry entry();

    /** Nexus's internal API received the agent's {@code PUT /vmms/{id}} of (state, gen). */
    record PutArrived(LogEntry entry, String vmm, VmmState state, String reason, int gen) implements Event {}

    /**
     * Nexus's internal API completed an agent's {@code PUT /vmms/{id}}; {@code state}, {@code
     * reason} and {@code gen} come from the arrival entry with the same {@code req_id} ({@code
     * null} if the log has none).
     */
    record PutCompleted(LogEntry entry, String vmm, int code, VmmState state, String reason, Integer gen)
            implements Event {}

    /** The sled agent completed a {@code GET /vmms/{id}/state} with an HTTP status. */
    record AgentAnsweredGet(LogEntry entry, String vmm, int code) implements Event {}

    /** The instance watcher took the agent's 404 {@code NO_SUCH_INSTANCE} as a failed VMM. */
    record WatcherSaw404(LogEntry entry, String vmm, String instance) implements Event {}

    /**
     * The instance watcher is about to write (state, gen), as one of its two entries for a write
     * says: both come before the write, in one step of the model.
     */
    sealed interface WatcherWrite extends Event {
        String vmm();

        String instance();

        VmmState state();

        String reason();

        int gen();
    }

    /**
     * The watcher's own debug entry "updating instance state", with the whole {@code
     * SledVmmState} it is about to hand to {@code process_vmm_update}.
     */
    record WatcherUpdating(LogEntry entry, String vmm, String instance, VmmState state, String reason, int gen)
            implements WatcherWrite {}

    /**
     * {@code process_vmm_update}'s "received new VMM runtime state" called from the watcher, just
     * before the write.
     */
    record WatcherWrites(LogEntry entry, String vmm, String instance, VmmState state, String reason, int gen)
            implements WatcherWrite {}

    /**
     * An instance-update saga committed the instance's new runtime: {@code nexusState} as omicron
     * prints it ({@code Failed}, {@code NoVmm}, ...), at instance gen {@code gen}.
     */
    record SagaCommitted(LogEntry entry, String instance, String nexusState, int gen) implements Event {}
}
