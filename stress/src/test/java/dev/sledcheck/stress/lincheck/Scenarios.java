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
     * Interleavings tried at most per race (system property {@code sledcheck.lincheck.invocations}).
     * A violation the checker finds is found within a few hundred; where the checker proves none,
     * this bounds how many interleavings Lincheck tries before it says "none found".
     */
    static final int INVOCATIONS = Integer.getInteger("sledcheck.lincheck.invocations", 1_000);

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
