package dev.sledcheck.bench;

import dev.sledcheck.model.actor.SystemState;
import dev.sledcheck.model.fingerprint.Fingerprints;
import dev.sledcheck.model.omicron.Msg;
import dev.sledcheck.model.omicron.nexus.Db;
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
 * Fingerprinting: the canonical encoder on the store (Nexus's database, the largest part of a
 * state) and on one actor's state, and a whole system state from scratch (what a state built by
 * hand, e.g. a symmetry's canonical form, pays; a step pays only for what it changed).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class FingerprintBench {

    Sample sample;

    @Setup
    public void setUp() {
        sample = new Sample(SuccessorBench.SAMPLE);
    }

    @Benchmark
    @OperationsPerInvocation(SuccessorBench.SAMPLE)
    public void store(Blackhole bh) {
        for (SystemState<Msg, Db> s : sample.states) {
            bh.consume(Fingerprints.of(s.store()));
        }
    }

    /** The agent's state: its VMM table. */
    @Benchmark
    @OperationsPerInvocation(SuccessorBench.SAMPLE)
    public void agent(Blackhole bh) {
        for (SystemState<Msg, Db> s : sample.states) {
            bh.consume(Fingerprints.of(s.actors().get(0)));
        }
    }

    @Benchmark
    @OperationsPerInvocation(SuccessorBench.SAMPLE)
    public void wholeStateFromScratch(Blackhole bh) {
        for (SystemState<Msg, Db> s : sample.states) {
            bh.consume(new SystemState<>(s.actors(), s.store(), s.network()).fingerprint());
        }
    }
}
