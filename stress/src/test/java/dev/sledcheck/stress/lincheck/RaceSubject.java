package dev.sledcheck.stress.lincheck;

import dev.sledcheck.model.actor.SystemState;
import dev.sledcheck.model.omicron.Msg;
import dev.sledcheck.model.omicron.OmicronProperty;
import dev.sledcheck.model.omicron.nexus.Db;
import dev.sledcheck.stress.omicron.Findings;
import dev.sledcheck.stress.omicron.OmicronThreads;
import dev.sledcheck.stress.races.CheckerAnswer;
import dev.sledcheck.stress.races.Race;
import org.jetbrains.lincheck.datastructures.Operation;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.jetbrains.lincheck.datastructures.Validate;

/**
 * What Lincheck drives: a fresh threaded runtime at a race's start state per invocation. The
 * operations are the actors' entry points and return nothing, because different interleavings
 * legitimately end differently; {@link #validate()} judges S1v-S4 on Nexus's history instead, and
 * checks that the run ended in a state the checker also reaches. One subclass per race and judged
 * set, because Lincheck instantiates the class itself. Lincheck stops at the first interleaving
 * that fails, so a subject that judges only S1v is how a race is asked about the spurious Failed
 * in particular.
 */
public abstract class RaceSubject {
    private final Race race;
    private final Set<OmicronProperty> judged;
    private final OmicronThreads threads;

    /** Subjects built in this JVM: Lincheck builds one per interleaving it tries. */
    private static final AtomicLong BUILT = new AtomicLong();

    /** How many subjects this JVM has built: the difference over a check is the interleavings it tried. */
    static long built() {
        return BUILT.get();
    }

    /** @param judged the properties {@link #validate()} fails on (a run stops at its first failure) */
    protected RaceSubject(Race race, Set<OmicronProperty> judged) {
        this.race = race;
        this.judged = judged;
        this.threads = race.threads();
        BUILT.incrementAndGet();
    }

    @Operation
    public void drain() {
        threads.drain();
    }

    @Operation
    public void retry() {
        threads.retry();
    }

    @Operation
    public void watcherPass() {
        threads.watcherPass();
    }

    @Operation
    public void userStop() {
        threads.userStop();
    }

    @Validate
    public void validate() {
        Findings f = threads.findings();
        if (f.broken().stream().anyMatch(judged::contains)) {
            throw new IllegalStateException(HistoryText.verdict(race, threads.history().entries()));
        }
        SystemState<Msg, Db> end = threads.snapshot();
        if (!CheckerAnswer.of(race).endStates().contains(end)) {
            throw new IllegalStateException("the runtime ended in a state the checker never reaches: " + end);
        }
    }
}
