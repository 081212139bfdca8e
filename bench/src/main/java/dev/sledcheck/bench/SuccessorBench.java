package dev.sledcheck.bench;

import dev.sledcheck.model.actor.Envelope;
import dev.sledcheck.model.actor.SystemState;
import dev.sledcheck.model.omicron.Msg;
import dev.sledcheck.model.omicron.nexus.Db;
import java.util.ArrayList;
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
 * Successor generation on the actor kernel: listing a state's enabled deliveries, and running
 * one delivery to its next state (handler, network update, fingerprint parts). Per successor.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SuccessorBench {

    static final int SAMPLE = 2_000;

    Sample sample;

    @Setup
    public void setUp() {
        sample = new Sample(SAMPLE);
    }

    /** The sample's (state, delivery) pairs, once each: the average is per successor. */
    @Benchmark
    @OperationsPerInvocation(Sample.PAIRS)
    public void next(Blackhole bh) {
        for (int i = 0; i < Sample.PAIRS; i++) {
            bh.consume(sample.system.next(sample.pairStates.get(i), sample.pairActions.get(i)));
        }
    }

    /** Listing the enabled deliveries of every sampled state: per state. */
    @Benchmark
    @OperationsPerInvocation(SuccessorBench.SAMPLE)
    public void actions(Blackhole bh) {
        List<Envelope<Msg>> into = new ArrayList<>();
        for (SystemState<Msg, Db> s : sample.states) {
            into.clear();
            sample.system.actions(s, into);
            bh.consume(into.size());
        }
    }
}
