package dev.sledcheck.stress.lincheck;

import dev.sledcheck.stress.races.CheckerAnswer;
import dev.sledcheck.stress.races.Op;
import dev.sledcheck.stress.races.Race;
import java.lang.reflect.Method;
import kotlin.Unit;
import kotlin.reflect.KFunction;
import kotlin.reflect.jvm.ReflectJvmMapping;
import org.jetbrains.lincheck.datastructures.ManagedStrategyGuaranteeKt;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;

/**
 * Lincheck's options for a race: model checking of exactly one custom scenario, one thread per
 * operation of the race and one operation per thread (no generated scenarios, which would call an
 * entry point twice or leave one out and so ask a different question than the checker's).
 */
final class Scenarios {
    private Scenarios() {}

    /**
     * Interleavings tried at most per race (system property {@code sledcheck.lincheck.invocations}):
     * where the checker proves no violation, how many Lincheck tries before it says "none found".
     *
     * <p>Chosen from what finding each violation the checker finds takes, measured as the subjects
     * Lincheck builds (one per interleaving, {@link RaceSubject#built()}) before it fails: 14 for
     * seed-race sim-bug and real-pre (both subjects), 31 for stop-race sim-fix, 2 for gen-le's S2
     * and 192 for gen-le's S1v, the hardest. Lincheck's model checking is deterministic (its random
     * choices come from a generator it seeds with 0, and the subject takes no clock), so the same
     * code needs the same count on every run and machine, whatever the load; only a change to the
     * model or the runtime moves it. The budget is {@value #SAFETY} times the hardest, rounded up:
     * room for such a change to make a race three times harder to reach before the gate misses
     * it, and {@code LincheckFindsTest} fails as soon as any race needs more than a {@value #SAFETY}th
     * of the budget, so the margin cannot erode unseen. Races without a violation get the same
     * budget: a violation as easy to reach as the ones above would be found in it.
     */
    static final int INVOCATIONS = Integer.getInteger("sledcheck.lincheck.invocations", 600);

    /** How many times the hardest known violation's count the budget must be (see {@link #INVOCATIONS}). */
    static final int SAFETY = 3;

    /** The model, and the history's pure judgement (never the runtime or the history's list). */
    static boolean pure(String className) {
        return className.startsWith("dev.sledcheck.model.")
                || className.equals("dev.sledcheck.stress.omicron.Findings")
                || className.startsWith("dev.sledcheck.stress.omicron.Happening");
    }

    static ModelCheckingOptions options(Race race) {
        // The validation function reads the checker's end states: compute them outside Lincheck.
        CheckerAnswer.of(race);
        return new ModelCheckingOptions()
                .iterations(0)
                .invocationsPerIteration(INVOCATIONS)
                .minimizeFailedScenario(false)
                .verifier(OperationsEnd.class)
                // A handler reads only immutable values and its own Ctx, and takes no lock: no
                // switch inside it can show anything, so Lincheck neither switches nor traces there.
                // The runtime's locks and shared fields, where the interleavings live, stay switch
                // points (ignored code must not block: the history's monitor stays visible).
                .addGuarantee(ManagedStrategyGuaranteeKt.forClasses(Scenarios::pure).allMethods().ignore())
                .addCustomScenario(b -> {
                    b.parallel(p -> {
                        for (Op op : race.ops()) {
                            KFunction<?> f = function(op);
                            p.thread(t -> {
                                t.actor(f);
                                return Unit.INSTANCE;
                            });
                        }
                        return Unit.INSTANCE;
                    });
                    return Unit.INSTANCE;
                });
    }

    private static KFunction<?> function(Op op) {
        try {
            Method m = RaceSubject.class.getMethod(op.method());
            return ReflectJvmMapping.getKotlinFunction(m);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("RaceSubject lacks " + op.method(), e);
        }
    }
}
