package dev.sledcheck.bench;

import dev.sledcheck.model.actor.SystemState;
import dev.sledcheck.model.omicron.Msg;
import dev.sledcheck.model.omicron.nexus.Db;
import dev.sledcheck.model.pack.Bytes;
import dev.sledcheck.model.pack.Packing;
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
 * The packed queue's two costs per state: packing a successor as it is listed, and reading a
 * queued state back (which rebuilds its objects and its fingerprint parts). Per state, on the
 * sample's states.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class PackingBench {

    Sample sample;
    Packing packing;
    Bytes.Out out;
    List<byte[]> packed;

    @Setup
    public void setUp() {
        sample = new Sample(SuccessorBench.SAMPLE);
        packing = sample.system.packing();
        out = new Bytes.Out(256);
        packed = new ArrayList<>();
        for (SystemState<Msg, Db> s : sample.states) {
            out.reset();
            packing.write(s, out);
            packed.add(out.toArray());
        }
    }

    @Benchmark
    @OperationsPerInvocation(SuccessorBench.SAMPLE)
    public void pack(Blackhole bh) {
        for (SystemState<Msg, Db> s : sample.states) {
            out.reset();
            packing.write(s, out);
            bh.consume(out.size());
        }
    }

    @Benchmark
    @OperationsPerInvocation(SuccessorBench.SAMPLE)
    public void unpack(Blackhole bh) {
        for (byte[] b : packed) {
            bh.consume(packing.read(new Bytes.In(b, 0)));
        }
    }
}
