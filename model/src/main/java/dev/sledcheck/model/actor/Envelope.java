package dev.sledcheck.model.actor;

import dev.sledcheck.model.core.Fingerprinted;
import dev.sledcheck.model.core.Fingerprints;
import java.util.Objects;

/**
 * A message in flight from {@code src} to {@code dst}. Delivering it is one step of {@code dst}.
 *
 * <p>A value (equal envelopes are interchangeable) that caches its fingerprint: an envelope is
 * sent once and then sits in the network of every state until it is delivered, so its
 * fingerprint is computed once rather than once per state (it is a class, not a record, only to
 * hold that cache).
 */
public final class Envelope<M> implements Fingerprinted {

    private final Id src;
    private final Id dst;
    private final M msg;
    /** 0 until first asked for; a racing recomputation writes the same value. */
    private long print;

    public Envelope(Id src, Id dst, M msg) {
        this.src = Objects.requireNonNull(src, "src");
        this.dst = Objects.requireNonNull(dst, "dst");
        this.msg = Objects.requireNonNull(msg, "msg");
    }

    public Id src() {
        return src;
    }

    public Id dst() {
        return dst;
    }

    public M msg() {
        return msg;
    }

    /** The fingerprint of (src, dst, msg), the same in every JVM run; never 0. */
    @Override
    public long fingerprint() {
        long p = print;
        if (p == 0) {
            p = Fingerprints.of((long) src.index() << 32 | dst.index(), msg);
            p = p == 0 ? 1 : p;
            print = p;
        }
        return p;
    }

    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof Envelope<?> e) || print != 0 && e.print != 0 && print != e.print) {
            return false; // different fingerprints, once both are known, mean different values
        }
        return src.equals(e.src) && dst.equals(e.dst) && msg.equals(e.msg);
    }

    @Override
    public int hashCode() {
        long p = fingerprint();
        return (int) (p ^ (p >>> 32));
    }

    @Override
    public String toString() {
        return "Envelope[src=" + src + ", dst=" + dst + ", msg=" + msg + "]";
    }
}
