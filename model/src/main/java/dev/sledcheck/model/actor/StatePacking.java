package dev.sledcheck.model.actor;

import dev.sledcheck.model.pack.Bytes;
import dev.sledcheck.model.pack.Packer;
import dev.sledcheck.model.pack.Packing;
import java.util.ArrayList;
import java.util.List;

/**
 * How an actor system's states pack: a {@link SystemState} as its actors' states, its store, its
 * envelopes and its fault counts (its fingerprint parts are recomputed when it is read back), an
 * {@link Envelope} as its fields. The actors' states, the store and the messages are the model's
 * own values and pack as records do.
 */
final class StatePacking {

    static final Packing PACKING = Packing.reflective()
            .with(SystemState.class, new States())
            .with(Envelope.class, new Envelopes());

    private StatePacking() {}

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static final class States implements Packer<SystemState> {
        @Override
        public void write(SystemState s, Packing packing, Bytes.Out out) {
            List<Object> actors = s.actors();
            out.uint(actors.size());
            for (Object a : actors) {
                packing.write(a, out);
            }
            packing.write(s.store(), out);
            List<Envelope> network = s.network();
            out.uint(network.size());
            for (Envelope e : network) {
                packing.write(e, out);
            }
            out.uint(s.lost());
            out.uint(s.duplicated());
        }

        @Override
        public SystemState read(Packing packing, Bytes.In in) {
            int n = in.uint32();
            List<Object> actors = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                actors.add(packing.read(in));
            }
            Object store = packing.read(in);
            int m = in.uint32();
            List<Envelope<Object>> network = new ArrayList<>(m);
            for (int i = 0; i < m; i++) {
                network.add((Envelope<Object>) packing.read(in));
            }
            int lost = in.uint32();
            int duplicated = in.uint32();
            return new SystemState(actors, store, network, lost, duplicated);
        }
    }

    @SuppressWarnings("rawtypes")
    private static final class Envelopes implements Packer<Envelope> {
        @Override
        public void write(Envelope e, Packing packing, Bytes.Out out) {
            out.uint(e.src().index());
            out.uint(e.dst().index());
            out.uint(e.isTimer() ? 1 : 0);
            out.uint(e.fate().ordinal());
            packing.write(e.msg(), out);
        }

        @Override
        public Envelope read(Packing packing, Bytes.In in) {
            Id src = new Id(in.uint32());
            Id dst = new Id(in.uint32());
            boolean timer = in.uint() == 1;
            Envelope.Fate fate = Envelope.Fate.values()[in.uint32()];
            return Envelope.of(src, dst, packing.read(in), timer, fate);
        }
    }
}
