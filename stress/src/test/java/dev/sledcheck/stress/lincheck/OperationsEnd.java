package dev.sledcheck.stress.lincheck;

import java.util.List;
import org.jetbrains.kotlinx.lincheck.execution.ExecutionResult;
import org.jetbrains.kotlinx.lincheck.execution.ExecutionScenario;
import org.jetbrains.kotlinx.lincheck.execution.ResultWithClock;
import org.jetbrains.kotlinx.lincheck.util.VoidResult;
import org.jetbrains.lincheck.datastructures.verifier.Verifier;

/**
 * The verifier for operations that return nothing: an execution is correct when every operation
 * ended normally. Linearizability is the wrong test here (interleavings legitimately end
 * differently; the properties are judged by {@code @Validate} on Nexus's history), and Lincheck's
 * linearizability verifier would also build a sequential copy of the subject it does not need.
 */
public final class OperationsEnd implements Verifier {

    /** Lincheck builds verifiers with the sequential specification, unused here. */
    public OperationsEnd(Class<?> sequentialSpecification) {}

    @Override
    public boolean verifyResults(ExecutionScenario scenario, ExecutionResult results) {
        for (List<ResultWithClock> thread : results.getParallelResultsWithClock()) {
            for (ResultWithClock r : thread) {
                if (r.getResult() != VoidResult.INSTANCE) {
                    return false;
                }
            }
        }
        return true;
    }
}
