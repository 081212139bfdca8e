package dev.sledcheck.model.omicron.nexus;

import dev.sledcheck.model.actor.Note;
import dev.sledcheck.model.omicron.VmmId;
import dev.sledcheck.model.omicron.VmmState;
import dev.sledcheck.model.omicron.Writer;

/**
 * One attempted VMM write and its outcome, noted by the step that made it. S2 reads these notes.
 *
 * @param before the row as it was when the write was attempted
 */
public record Write(Writer writer, VmmId vmm, VmmState state, int gen, VmmRow before, WriteOutcome outcome)
        implements Note {

    public boolean landed() {
        return outcome == WriteOutcome.LANDED;
    }

    @Override
    public String describe() {
        String head = "write " + vmm + " " + state + " gen " + gen;
        switch (outcome) {
            case LANDED:
                return head + " -> landed (was " + before.state() + " gen " + before.gen() + ")";
            case DROPPED_STALE:
                return head + " -> dropped (stored " + before.state() + " gen " + before.gen()
                        + " is not older)";
            default:
                return head + " -> dropped (row soft-deleted)";
        }
    }
}
