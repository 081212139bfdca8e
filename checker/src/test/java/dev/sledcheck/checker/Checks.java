package dev.sledcheck.checker;

import dev.sledcheck.model.core.Model;
import dev.sledcheck.model.run.CheckResult;
import dev.sledcheck.model.run.Run;
import dev.sledcheck.model.run.Stats;
import dev.sledcheck.model.run.Status;
import java.util.List;

/** Shorthands the tests share. */
final class Checks {

    private Checks() {}

    static <S, A> CheckResult check(Model<S, A> model, Strategy strategy) {
        return check(model, SearchOptions.defaults().withStrategy(strategy));
    }

    static <S, A> CheckResult check(Model<S, A> model, SearchOptions options) {
        return Checker.of(model).options(options).run();
    }

    static Status status(CheckResult result, String property) {
        return result.verdict(property).status();
    }

    static Run run(CheckResult result, String property) {
        return result.verdict(property).run();
    }

    /** The properties each step of {@code run} breaks, step by step. */
    static List<List<String>> breaks(Run run) {
        return run.steps().stream().map(step -> step.breaks()).toList();
    }

    /** The result with its only nondeterministic field zeroed, for equality checks. */
    static CheckResult withoutSeconds(CheckResult r) {
        Stats s = r.stats();
        Stats zeroed = new Stats(s.search(), s.dedup(), s.states(), s.transitions(), s.maxDepth(),
                s.complete(), s.limit(), 0);
        return new CheckResult(r.subject(), r.bounds(), zeroed, r.verdicts());
    }
}
