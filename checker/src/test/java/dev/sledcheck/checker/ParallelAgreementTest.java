package dev.sledcheck.checker;

import static dev.sledcheck.checker.Checks.withoutSeconds;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sledcheck.app.ConfigSyntax;
import dev.sledcheck.app.Predictions;
import dev.sledcheck.examples.DieHard;
import dev.sledcheck.examples.TwoPhase;
import dev.sledcheck.gate.Slow;
import dev.sledcheck.model.core.Model;
import dev.sledcheck.model.omicron.Configuration;
import dev.sledcheck.model.omicron.OmicronModel;
import dev.sledcheck.model.omicron.Options;
import dev.sledcheck.model.omicron.Scenario;
import dev.sledcheck.model.omicron.Variant;
import dev.sledcheck.model.run.CheckResult;
import dev.sledcheck.reports.TextLog;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Many threads, one result: every count, verdict and run (so every printed counterexample) of a
 * breadth-first search on four threads, with levels cut into chunks of a state or two, equals the
 * one-thread search's. Limits and early stops must cut at the same event.
 */
class ParallelAgreementTest {

    /** Chunks of about one state: the most interleaving the tests can ask for. */
    private static final int TINY = 2;

    static Stream<Arguments> matrix() {
        List<Arguments> out = new ArrayList<>();
        for (Configuration c : Predictions.load().configurations(Scenario.SEED_7282)) {
            out.add(Arguments.of(c.describe(), c));
        }
        Options scale = Options.defaults(Scenario.SCALE);
        out.add(Arguments.of("scale sim-bug 2", new Configuration(Scenario.SCALE, scale.withInstances(2), Variant.SIM_BUG)));
        out.add(Arguments.of("scale sim-fix user-stop passes 2",
                new Configuration(Scenario.SCALE, scale.withUserStop(true).withPasses(2), Variant.SIM_FIX)));
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void theMatrixComesOutTheSameOnFourThreads(String name, Configuration c) {
        SearchOptions one = SearchOptions.defaults().withThreads(1);
        CheckResult sequential = check(OmicronModel.build(c), one);
        CheckResult parallel = check(OmicronModel.build(c), one.withThreads(4));
        assertEquals(withoutSeconds(sequential), withoutSeconds(parallel));
        assertEquals(text(sequential), text(parallel));
    }

    /**
     * Left to {@code -Pslow} by the reductions' check: the two configurations it took longest on,
     * a third of this class's time between them. The user's stop stays in sim-fix-stop-guard's,
     * head's, head-sim's and scale's configurations.
     */
    static final Set<Configuration> LONG_WITH_REDUCTIONS = Set.of(ConfigSyntax.parse(Scenario.SEED_7282,
            "sim-fix --user-stop"), ConfigSyntax.parse(Scenario.SEED_7282, "real-fix --user-stop"));

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void everyReductionComesOutTheSameOnFourThreads(String name, Configuration c) {
        if (LONG_WITH_REDUCTIONS.contains(c)) {
            Slow.onlyWithProfile(name);
        }
        // Partial-order reduction's proviso asks what earlier levels hold, never what other
        // threads have found in this one, so even its counts agree.
        SearchOptions one = SearchOptions.defaults().withThreads(1);
        List<String> all = List.of("gen", "symmetry", "por");
        for (List<String> reductions : List.of(List.of("por"), all)) {
            CheckResult sequential = named(OmicronModel.build(c), one, reductions);
            CheckResult parallel = named(OmicronModel.build(c), one.withThreads(4), reductions);
            assertEquals(withoutSeconds(sequential), withoutSeconds(parallel), reductions.toString());
            assertEquals(text(sequential), text(parallel), reductions.toString());
        }
    }

    static Stream<Arguments> cuts() {
        SearchOptions d = SearchOptions.defaults();
        return Stream.of(
                Arguments.of("2pc-5 whole", TwoPhase.of(5), d),
                Arguments.of("2pc-5 max-states 1000", TwoPhase.of(5), d.withMaxStates(1000)),
                Arguments.of("2pc-5 max-states 4321", TwoPhase.of(5), d.withMaxStates(4321)),
                Arguments.of("eager-2pc-5 settles", TwoPhase.eagerCommit(5), d),
                Arguments.of("eager-2pc-5 one property", TwoPhase.eagerCommit(5), d.withOnly(Set.of("TCConsistent"))),
                Arguments.of("eager-2pc-5 settles near the limit", TwoPhase.eagerCommit(5), d.withMaxStates(40)),
                Arguments.of("die-hard", new DieHard(), d),
                Arguments.of("die-hard max-states 7", new DieHard(), d.withMaxStates(7)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cuts")
    <S, A> void limitsAndEarlyStopsCutAtTheSameEvent(String name, Model<S, A> model, SearchOptions options) {
        for (StoreMode store : StoreMode.values()) {
            SearchOptions one = options.withThreads(1).withStore(store);
            CheckResult sequential = check(model, one);
            for (int threads : new int[] {2, 3, 4}) {
                assertEquals(withoutSeconds(sequential), withoutSeconds(check(model, one.withThreads(threads))),
                        store + ", " + threads + " threads");
            }
        }
    }

    private static <S, A> CheckResult check(Model<S, A> model, SearchOptions options) {
        return Checker.of(model).options(options).splitFrom(TINY).run();
    }

    private static <S, A> CheckResult named(Model<S, A> model, SearchOptions options, List<String> reductions) {
        return Checker.of(model).options(options).reductions(Reductions.named(model, reductions)).splitFrom(TINY).run();
    }

    private static String text(CheckResult r) {
        return TextLog.result(r, "replay").replaceAll("(?m)^ *time [0-9.]+ s\\R", "");
    }
}
