package dev.sledcheck.stress.omicron;

import dev.sledcheck.model.omicron.Answered404;
import dev.sledcheck.model.omicron.InstanceId;
import dev.sledcheck.model.omicron.nexus.VmmRow;
import dev.sledcheck.model.omicron.nexus.Write;

/**
 * One entry of Nexus's history: something a step did that a property of the past is judged on.
 * Entries come from the steps' own notes and from the database around them, never from a second
 * reading of the protocol.
 */
public sealed interface Happening {

    /** One line in the vocabulary of the checker's logs. */
    String describe();

    /** A VMM write, attempted: landed or dropped (S2, and which terminal writes landed). */
    record Wrote(Write write) implements Happening {
        @Override
        public String describe() {
            return write.writer() + ": " + write.describe();
        }
    }

    /** The agent answered 404 for a VMM whose row was then {@code rowThen} (S3). */
    record NotFound(Answered404 answer, VmmRow rowThen) implements Happening {
        @Override
        public String describe() {
            return "agent: " + answer.describe() + " while Nexus had " + rowThen;
        }
    }

    /** The database came to hold a Failed VMM row or a Failed instance (S1). */
    record FailedSeen(String what) implements Happening {
        @Override
        public String describe() {
            return "Nexus now holds " + what;
        }
    }

    /** Reincarnation restarted an instance the user had asked to stop (S4). */
    record Restarted(InstanceId instance) implements Happening {
        @Override
        public String describe() {
            return "reincarnation restarted " + instance + ", which the user had asked to stop";
        }
    }
}
