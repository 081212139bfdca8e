package dev.sledcheck.examples;

import dev.sledcheck.model.core.Facet;
import dev.sledcheck.model.core.Model;
import dev.sledcheck.model.core.Property;
import java.util.ArrayList;
import java.util.List;

/**
 * Peterson's mutual exclusion for two processes (G. L. Peterson, "Myths about the mutual exclusion
 * problem", IPL 12(3), 1981), as the PlusCal algorithm of Cousineau et al., "TLA+ Proofs" (FM
 * 2012; {@code examples/Peterson.tla} of tlaplus/tlapm): each process loops through
 * <pre>
 *   a0:  noncritical section
 *   a1:  flag[self] := TRUE
 *   a2:  turn := other
 *   a3a: if flag[other] goto a3b else goto cs
 *   a3b: if turn = other goto a3a else goto cs
 *   cs:  critical section
 *   a4:  flag[self] := FALSE, back to a0
 * </pre>
 * Every label is one atomic step, so each read and each write of shared memory is a step of its
 * own, and the two reads of the wait may be split by the other process.
 *
 * <p>{@link Variant#ATOMIC_AWAIT} reads both in one step, {@code a3: await ~flag[other] \/ turn =
 * self}, as tlaplus/Examples' {@code specifications/locks_auxiliary_vars/Peterson.tla} does; TLC
 * reports 42 distinct states for that spec. {@link Variant#LOCK_ONE} is broken on purpose.
 */
public final class Peterson implements Model<Peterson.State, Peterson.Step> {

    /** The labels of the algorithm; {@code A3} only in the atomic-await and LockOne variants. */
    public enum Pc {
        A0("a0"), A1("a1"), A2("a2"), A3A("a3a"), A3B("a3b"), A3("a3"), CS("cs"), A4("a4");

        private final String label;

        Pc(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Variant {
        /** The algorithm as above: each read its own step. */
        SPLIT_READS,
        /** The wait's two reads in one step. */
        ATOMIC_AWAIT,
        /**
         * The wait drops its turn check, so turn is never read or written: Herlihy and Shavit's
         * {@code LockOne} (The Art of Multiprocessor Programming, 2008, §2.3.1), which keeps mutual
         * exclusion but deadlocks when both processes raise their flags before either waits.
         */
        LOCK_ONE
    }

    /** Both program counters, both flags and whose turn it is (0 or 1). */
    public record State(Pc pc0, Pc pc1, boolean flag0, boolean flag1, int turn) {

        public Pc pc(int p) {
            return p == 0 ? pc0 : pc1;
        }

        public boolean flag(int p) {
            return p == 0 ? flag0 : flag1;
        }

        State with(int p, Pc pc) {
            return p == 0 ? new State(pc, pc1, flag0, flag1, turn) : new State(pc0, pc, flag0, flag1, turn);
        }

        State withFlag(int p, boolean up) {
            return p == 0 ? new State(pc0, pc1, up, flag1, turn) : new State(pc0, pc1, flag0, up, turn);
        }

        State withTurn(int t) {
            return new State(pc0, pc1, flag0, flag1, t);
        }
    }

    /** Process {@code process} executes the statement at label {@code at}: token {@code a3a(1)}. */
    public record Step(int process, Pc at) {
        @Override
        public String toString() {
            return at.label() + "(" + process + ")";
        }
    }

    private final Variant variant;

    public Peterson(Variant variant) {
        this.variant = variant;
    }

    public Variant variant() {
        return variant;
    }

    @Override
    public List<State> initialStates() {
        return List.of(new State(Pc.A0, Pc.A0, false, false, 0));
    }

    /**
     * Each process has one statement to run, enabled unless it is a wait that cannot pass. A wait
     * on one variable ({@code A3} of LockOne) is blocked rather than a step that changes nothing:
     * re-reading the same value leads back to the same state, and as a blocked step a wait that
     * can never pass shows as a state without successors, which {@code NoDeadlock} judges.
     */
    @Override
    public void actions(State s, List<Step> into) {
        for (int p = 0; p < 2; p++) {
            Pc at = s.pc(p);
            if (at != Pc.A3 || mayEnter(s, p)) {
                into.add(new Step(p, at));
            }
        }
    }

    /** The atomic wait's condition; LockOne has no turn to defer to. */
    private boolean mayEnter(State s, int p) {
        boolean otherDown = !s.flag(1 - p);
        return variant == Variant.LOCK_ONE ? otherDown : otherDown || s.turn() == p;
    }

    @Override
    public State next(State s, Step step) {
        int p = step.process();
        int other = 1 - p;
        return switch (step.at()) {
            case A0 -> s.with(p, Pc.A1);
            case A1 -> s.withFlag(p, true).with(p, afterFlag());
            case A2 -> s.withTurn(other).with(p, variant == Variant.SPLIT_READS ? Pc.A3A : Pc.A3);
            case A3A -> s.with(p, s.flag(other) ? Pc.A3B : Pc.CS);
            case A3B -> s.with(p, s.turn() == other ? Pc.A3A : Pc.CS);
            case A3 -> s.with(p, Pc.CS);
            case CS -> s.with(p, Pc.A4);
            case A4 -> s.withFlag(p, false).with(p, Pc.A0);
        };
    }

    private Pc afterFlag() {
        return variant == Variant.LOCK_ONE ? Pc.A3 : Pc.A2;
    }

    @Override
    public List<Property<State, Step>> properties() {
        return List.of(
                Property.always("MutualExclusion", "the two processes are never both in the critical section",
                        s -> !(s.pc0() == Pc.CS && s.pc1() == Pc.CS)),
                Property.atEnd("NoDeadlock", "some process can always take a step", s -> false),
                Property.sometimes("EntersCritical", "a process reaches the critical section",
                        s -> s.pc0() == Pc.CS || s.pc1() == Pc.CS));
    }

    @Override
    public String actor(State s, Step step) {
        return "P" + step.process();
    }

    /** The program counters, the flags and (where the variant has it) turn. */
    @Override
    public List<Facet> facets(State s) {
        List<Facet> shown = new ArrayList<>(List.of(new Facet("P0", s.pc0().label()),
                new Facet("P1", s.pc1().label()), new Facet("flag", "[" + s.flag0() + ", " + s.flag1() + "]")));
        if (variant != Variant.LOCK_ONE) {
            shown.add(new Facet("turn", String.valueOf(s.turn())));
        }
        return List.copyOf(shown);
    }

    @Override
    public String describe(State s, Step step) {
        int other = 1 - step.process();
        return switch (step.at()) {
            case A0 -> "leaves the noncritical section";
            case A1 -> "raises flag[" + step.process() + "]";
            case A2 -> "sets turn to " + other + ", deferring";
            case A3A -> "reads flag[" + other + "] = " + s.flag(other) + (s.flag(other) ? ", checks turn" : ", enters");
            case A3B -> "reads turn = " + s.turn() + (s.turn() == other ? ", waits" : ", enters");
            case A3 -> (s.flag(other) ? "sees turn = " + s.turn() : "sees flag[" + other + "] down") + ", enters";
            case CS -> "leaves the critical section";
            case A4 -> "lowers flag[" + step.process() + "]";
        };
    }
}
