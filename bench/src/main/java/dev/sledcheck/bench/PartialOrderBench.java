package dev.sledcheck.bench;

import dev.sledcheck.model.actor.Envelope;
import dev.sledcheck.model.actor.SystemState;
import dev.sledcheck.model.core.PartialOrder;
import dev.sledcheck.model.omicron.Msg;
import dev.sledcheck.model.omicron.nexus.Db;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * What partial-order reduction costs a state before the search's proviso: omicron's persistent
 * subsets ({@code IndependentSteps}) proposed for each sampled state and its enabled deliveries.
 * Per state, on the sample's states (states with one delivery are asked too, as a search does not).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class PartialOrderBench {

    Sample sample;
    PartialOrder<SystemState<Msg, Db>, Envelope<Msg>> por;

    @Setup
    public void setUp() {
        sample = new Sample(SuccessorBench.SAMPLE);
        por = sample.system.partialOrder();
    }

    @Benchmark
    @OperationsPerInvocation(SuccessorBench.SAMPLE)
    public void ample(Blackhole bh) {
        List<SystemState<Msg, Db>> states = sample.states;
        for (int i = 0; i < states.size(); i++) {
            bh.consume(por.ample(states.get(i), sample.actions.get(i)));
        }
    }
}
