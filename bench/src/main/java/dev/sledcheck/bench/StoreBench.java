package dev.sledcheck.bench;

import dev.sledcheck.checker.store.ExactVisited;
import dev.sledcheck.checker.store.FingerprintTable;
import dev.sledcheck.model.actor.SystemState;
import dev.sledcheck.model.omicron.Msg;
import dev.sledcheck.model.omicron.nexus.Db;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The visited store: offering a batch of new fingerprints to a table that already holds
 * {@code size} (one thread, and two threads racing on one table), looking fingerprints up, and
 * the exact store's offer of whole states for comparison. Per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class StoreBench {

    static final int BATCH = 1 << 16;

    @Param({"1000000", "16000000"})
    int size;

    FingerprintTable table;
    long[] fresh;
    long[] present;
    final AtomicInteger slices = new AtomicInteger();
    Sample sample;

    @Setup(Level.Trial)
    public void fill() {
        SplittableRandom r = new SplittableRandom(7282);
        table = new FingerprintTable(10);
        table.reserve(size + 4L * BATCH * 64);
        present = new long[BATCH];
        for (int i = 0; i < size; i++) {
            long k = r.nextLong();
            table.offer(k, i);
            if (i < BATCH) {
                present[i] = k;
            }
        }
        fresh = new long[BATCH];
        sample = new Sample(SuccessorBench.SAMPLE);
    }

    @Setup(Level.Iteration)
    public void newBatch() {
        SplittableRandom r = new SplittableRandom(slices.incrementAndGet());
        for (int i = 0; i < BATCH; i++) {
            fresh[i] = r.nextLong();
        }
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void claimHit(Blackhole bh) {
        for (long k : present) {
            bh.consume(table.claim(k));
        }
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void claimMiss(Blackhole bh) {
        for (long k : fresh) {
            bh.consume(table.claim(k));
        }
    }

    /** Offers of fingerprints already there (the common case: most successors were seen). */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void offerSeen(Blackhole bh) {
        for (long k : present) {
            bh.consume(table.offer(k, Long.MAX_VALUE - 1));
        }
    }

    /** Two threads offering the same seen fingerprints at once: contention on the same slots. */
    @Benchmark
    @Threads(2)
    @OperationsPerInvocation(BATCH)
    public void offerSeenTwoThreads(Blackhole bh) {
        for (long k : present) {
            bh.consume(table.offer(k, Long.MAX_VALUE - 1));
        }
    }

    /** The exact store: whole system states into a concurrent hash map, per state. */
    @Benchmark
    @OperationsPerInvocation(SuccessorBench.SAMPLE)
    public void exactOffer(Blackhole bh) {
        ExactVisited<SystemState<Msg, Db>> exact = new ExactVisited<>();
        long i = 0;
        for (SystemState<Msg, Db> s : sample.states) {
            exact.offer(s, 0, i++);
        }
        bh.consume(exact.size());
    }
}
