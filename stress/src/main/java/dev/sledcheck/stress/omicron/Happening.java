package dev.sledcheck.stress.omicron;

import dev.sledcheck.model.omicron.Answered404;
import dev.sledcheck.model.omicron.InstanceId;
import dev.sledcheck.model.omicron.OmicronProperty;
import dev.sledcheck.model.omicron.nexus.InstanceRow;
import dev.sledcheck.model.omicron.nexus.VmmRow;
import dev.sledcheck.model.omicron.nexus.Write;

/**
 * One entry of Nexus's history: something a step did that a property of the past is judged on.
 * Entries come from the steps' own notes and from the database around them, never from a second
 * reading of the protocol; which of them break a property is the model's judgement
 * ({@link OmicronProperty}'s static methods), applied by {@link NexusHistory} and {@link Findings}.
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

    /**
     * The database came to hold a Failed VMM row (S1v) or a Failed instance (S1i), as the model's
     * judgements {@link OmicronProperty#failedVmm} and {@link OmicronProperty#failedInstance} found it.
     *
     * @param property S1v or S1i
     * @param what     the row, as text
     */
    record FailedSeen(OmicronProperty property, String what) implements Happening {
        public FailedSeen {
            if (property != OmicronProperty.S1v && property != OmicronProperty.S1i) {
                throw new IllegalArgumentException("a Failed breaks S1v or S1i, not " + property);
            }
        }

        static FailedSeen vmm(VmmRow row) {
            return new FailedSeen(OmicronProperty.S1v, "VMM " + row);
        }

        static FailedSeen instance(InstanceRow row) {
            return new FailedSeen(OmicronProperty.S1i, "instance " + row);
        }

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
