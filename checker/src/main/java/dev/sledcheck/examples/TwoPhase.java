package dev.sledcheck.examples;

import dev.sledcheck.model.core.Model;
import dev.sledcheck.model.core.Property;
import dev.sledcheck.model.core.Reduction;
import java.util.Arrays;
import java.util.List;

/**
 * Two-phase commit exactly as the TLA+ module {@code TwoPhase} of Gray and Lamport, "Consensus on
 * Transaction Commit" (2004): the same variables, the same actions with the same enabling
 * conditions, listed in the order of {@code TPNext}. Message sending is modelled, as there, by a set
 * of messages that only grows; receiving does not consume.
 *
 * <p>The {@link #eagerCommit} variant is deliberately broken: its TM commits as soon as any RM has
 * prepared, instead of all of them.
 */
public final class TwoPhase implements Model<TwoPhase.State, TwoPhase.Action> {

    public enum RmState { WORKING, PREPARED, COMMITTED, ABORTED }

    public enum TmState { INIT, COMMITTED, ABORTED }

    /**
     * The spec's variables. {@code rmState} packs RM r's state ordinal into bits 2r..2r+1 (an array
     * would not compare by value, and a list made checking 7 RMs several times slower);
     * {@code tmPrepared} is a bitmask of RMs; {@code msgs} is split into its three kinds of message:
     * {@code preparedMsgs} (bit r = [type |-> "Prepared", rm |-> r]), {@code commitMsg} and
     * {@code abortMsg}. Each encoding is one-to-one with the spec's value.
     */
    public record State(long rmState, TmState tmState, int tmPrepared,
                        int preparedMsgs, boolean commitMsg, boolean abortMsg) {

        private static final RmState[] RM_STATES = RmState.values();

        public RmState rm(int r) {
            return RM_STATES[(int) (rmState >>> (2 * r)) & 3];
        }

        State withRm(int r, RmState to) {
            long packed = rmState & ~(3L << (2 * r)) | (long) to.ordinal() << (2 * r);
            return new State(packed, tmState, tmPrepared, preparedMsgs, commitMsg, abortMsg);
        }

        /** The number of messages in {@code msgs}, to judge that the set only grows. */
        int messageCount() {
            return Integer.bitCount(preparedMsgs) + (commitMsg ? 1 : 0) + (abortMsg ? 1 : 0);
        }
    }

    /** The spec's actions; {@code toString} is the schedule token, e.g. {@code RMPrepare(2)}. */
    public sealed interface Action {}

    /** An action taken by resource manager {@code rm} (the others are the TM's). */
    public sealed interface RmAction extends Action {
        int rm();
    }

    public record TMCommit() implements Action {
        @Override public String toString() { return "TMCommit"; }
    }

    public record TMAbort() implements Action {
        @Override public String toString() { return "TMAbort"; }
    }

    public record TMRcvPrepared(int rm) implements Action {
        @Override public String toString() { return "TMRcvPrepared(" + rm + ")"; }
    }

    public record RMPrepare(int rm) implements RmAction {
        @Override public String toString() { return "RMPrepare(" + rm + ")"; }
    }

    public record RMChooseToAbort(int rm) implements RmAction {
        @Override public String toString() { return "RMChooseToAbort(" + rm + ")"; }
    }

    public record RMRcvCommitMsg(int rm) implements RmAction {
        @Override public String toString() { return "RMRcvCommitMsg(" + rm + ")"; }
    }

    public record RMRcvAbortMsg(int rm) implements RmAction {
        @Override public String toString() { return "RMRcvAbortMsg(" + rm + ")"; }
    }

    /** The most resource managers a state can hold: its bitmasks are ints, one bit an RM. */
    public static final int MAX_RMS = 30;

    private final int rms;
    private final boolean eagerCommit;

    private TwoPhase(int rms, boolean eagerCommit) {
        if (rms < 1 || rms > MAX_RMS) {
            throw new IllegalArgumentException("1.." + MAX_RMS + " resource managers, not " + rms);
        }
        this.rms = rms;
        this.eagerCommit = eagerCommit;
    }

    /** The spec as written, with {@code rms} resource managers. */
    public static TwoPhase of(int rms) {
        return new TwoPhase(rms, false);
    }

    /** The broken variant: TMCommit needs only one prepared RM. */
    public static TwoPhase eagerCommit(int rms) {
        return new TwoPhase(rms, true);
    }

    @Override
    public List<State> initialStates() {
        long allWorking = 0; // WORKING is ordinal 0
        return List.of(new State(allWorking, TmState.INIT, 0, 0, false, false));
    }

    @Override
    public void actions(State s, List<Action> into) {
        boolean init = s.tmState() == TmState.INIT;
        int all = (1 << rms) - 1;
        boolean mayCommit = eagerCommit ? s.tmPrepared() != 0 : s.tmPrepared() == all;
        if (init && mayCommit) {
            into.add(new TMCommit());
        }
        if (init) {
            into.add(new TMAbort());
        }
        for (int r = 0; r < rms; r++) {
            boolean working = s.rm(r) == RmState.WORKING;
            if (init && (s.preparedMsgs() & (1 << r)) != 0) {
                into.add(new TMRcvPrepared(r));
            }
            if (working) {
                into.add(new RMPrepare(r));
                into.add(new RMChooseToAbort(r));
            }
            // As in the spec, receiving needs only the message: it may re-enter the same state.
            if (s.commitMsg()) {
                into.add(new RMRcvCommitMsg(r));
            }
            if (s.abortMsg()) {
                into.add(new RMRcvAbortMsg(r));
            }
        }
    }

    @Override
    public State next(State s, Action action) {
        if (action instanceof TMRcvPrepared a) {
            return new State(s.rmState(), s.tmState(), s.tmPrepared() | (1 << a.rm()),
                    s.preparedMsgs(), s.commitMsg(), s.abortMsg());
        } else if (action instanceof TMCommit) {
            return new State(s.rmState(), TmState.COMMITTED, s.tmPrepared(), s.preparedMsgs(), true, s.abortMsg());
        } else if (action instanceof TMAbort) {
            return new State(s.rmState(), TmState.ABORTED, s.tmPrepared(), s.preparedMsgs(), s.commitMsg(), true);
        } else if (action instanceof RMPrepare a) {
            State prepared = s.withRm(a.rm(), RmState.PREPARED);
            return new State(prepared.rmState(), s.tmState(), s.tmPrepared(),
                    s.preparedMsgs() | (1 << a.rm()), s.commitMsg(), s.abortMsg());
        } else if (action instanceof RMChooseToAbort a) {
            return s.withRm(a.rm(), RmState.ABORTED);
        } else if (action instanceof RMRcvCommitMsg a) {
            return s.withRm(a.rm(), RmState.COMMITTED);
        } else if (action instanceof RMRcvAbortMsg a) {
            return s.withRm(a.rm(), RmState.ABORTED);
        }
        throw new IllegalArgumentException("unknown action " + action);
    }

    @Override
    public List<Property<State, Action>> properties() {
        return List.of(
                Property.always("TCConsistent", "no RM has aborted while another has committed",
                        s -> !(any(s, RmState.ABORTED) && any(s, RmState.COMMITTED))),
                Property.onStep("MsgsOnlyGrow", "no step removes a message",
                        (before, action, after) -> after.messageCount() >= before.messageCount()),
                Property.sometimes("AllCommitted", "every RM commits",
                        s -> count(s, RmState.COMMITTED) == rms),
                Property.sometimes("AllAborted", "every RM aborts",
                        s -> count(s, RmState.ABORTED) == rms));
    }

    private boolean any(State s, RmState wanted) {
        return count(s, wanted) > 0;
    }

    private int count(State s, RmState wanted) {
        int n = 0;
        for (int r = 0; r < rms; r++) {
            n += s.rm(r) == wanted ? 1 : 0;
        }
        return n;
    }

    /**
     * The resource managers are interchangeable: no action, enabling condition or property names
     * one RM apart from the others, so a renaming of RMs maps runs to runs and keeps every
     * property's value. An RM's part of the state is its own state, whether the TM has heard it
     * prepare and whether its Prepared message was sent; sorting those parts gives one member of
     * every class of renamings ({@code symmetry}).
     */
    @Override
    public List<Reduction<State>> reductions() {
        return List.of(new Reduction<>() {
            @Override
            public String name() {
                return "symmetry";
            }

            @Override
            public State representative(State s) {
                int[] parts = new int[rms];
                for (int r = 0; r < rms; r++) {
                    parts[r] = s.rm(r).ordinal() << 2 | (s.tmPrepared() >>> r & 1) << 1 | s.preparedMsgs() >>> r & 1;
                }
                Arrays.sort(parts);
                long rm = 0;
                int tmPrepared = 0;
                int prepared = 0;
                for (int r = 0; r < rms; r++) {
                    rm |= (long) (parts[r] >>> 2) << (2 * r);
                    tmPrepared |= (parts[r] >>> 1 & 1) << r;
                    prepared |= (parts[r] & 1) << r;
                }
                return new State(rm, s.tmState(), tmPrepared, prepared, s.commitMsg(), s.abortMsg());
            }
        });
    }

    @Override
    public String actor(State s, Action action) {
        return action instanceof RmAction a ? "RM" + a.rm() : "TM";
    }

    @Override
    public String describe(State s, Action action) {
        if (action instanceof TMCommit) {
            return "TM decides commit and sends Commit";
        } else if (action instanceof TMAbort) {
            return "TM decides abort and sends Abort";
        } else if (action instanceof TMRcvPrepared a) {
            return "TM receives Prepared from RM" + a.rm();
        } else if (action instanceof RMPrepare) {
            return "prepares and sends Prepared";
        } else if (action instanceof RMChooseToAbort) {
            return "chooses to abort";
        } else if (action instanceof RMRcvCommitMsg) {
            return "receives Commit and commits";
        }
        return "receives Abort and aborts";
    }
}
