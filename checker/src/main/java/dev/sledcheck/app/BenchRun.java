package dev.sledcheck.app;

import dev.sledcheck.checker.Monitor;
import dev.sledcheck.model.run.CheckResult;
import java.util.List;
import java.util.function.Function;

/**
 * One run a bench times: what it measures (the row's key, a value per key column), under which
 * reduction setting, and the check itself, which reports to the monitor it is given (the bench's
 * heap meter hears when the search ends).
 */
public record BenchRun(List<String> key, String reduction, Function<Monitor, CheckResult> check) {
    public BenchRun {
        key = List.copyOf(key);
    }
}
