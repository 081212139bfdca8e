package dev.sledcheck.model.actor;

import dev.sledcheck.model.fingerprint.Fingerprinted;
import dev.sledcheck.model.fingerprint.Fingerprints;
import java.util.Objects;
import java.util.function.Function;

/**
 * A message in flight from {@code src} to {@code dst}, or a timer {@code dst} set for itself.
 * Delivering it is one step of {@code dst}. As an action of an {@link ActorSystem} it also says
 * what the network does with it: deliver it, or (on a faulty {@link Network}) lose it or deliver
 * one copy and keep another in flight, or (with the model's {@link Faults}) deliver a notice in
 * place of another message a fault struck; the network itself holds only envelopes to deliver.
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
    private final boolean timer;
    private final Fate fate;
    /** For {@link Fate#FAULT}: the fault's kind and the message in flight it strikes; else null. */
    private final String kind;
    private final Envelope<M> victim;
    /** 0 until first asked for; a racing recomputation writes the same value. */
    private long print;
    /** The message's order key and the function it came from (one field: a race sees both or neither). */
    private Keyed keyed;

    private record Keyed(Function<?, String> by, String text) {}

    /** What a step does with an envelope in flight. */
    public enum Fate {
        /** It reaches its receiver and leaves the network. */
        DELIVER,
        /** The network loses it: it leaves the network unread. */
        LOSE,
        /** It reaches its receiver and a copy stays in flight. */
        DUPLICATE,
        /**
         * A fault the model names ({@link Faults}) strikes another message in flight, its victim:
         * the victim leaves the network unread, and this envelope's message, the model's notice of
         * what went wrong, is delivered in its place, in the same step.
         */
        FAULT
    }

    public Envelope(Id src, Id dst, M msg) {
        this(src, dst, msg, false, Fate.DELIVER);
    }

    private Envelope(Id src, Id dst, M msg, boolean timer, Fate fate) {
        this(src, dst, msg, timer, fate, null, null);
    }

    private Envelope(Id src, Id dst, M msg, boolean timer, Fate fate, String kind, Envelope<M> victim) {
        this.src = Objects.requireNonNull(src, "src");
        this.dst = Objects.requireNonNull(dst, "dst");
        this.msg = Objects.requireNonNull(msg, "msg");
        this.timer = timer;
        this.fate = Objects.requireNonNull(fate, "fate");
        this.kind = kind;
        this.victim = victim;
    }

    /**
     * The action of a fault of {@code kind} striking {@code victim}, a message in flight: the victim
     * leaves the network unread and {@code notice} is delivered to {@code to} instead, as if from
     * the victim's sender. {@code kind} starts the action's token ({@code kind:receiver:label}).
     */
    public static <M> Envelope<M> fault(String kind, Envelope<M> victim, Id to, M notice) {
        if (victim.fate != Fate.DELIVER || victim.timer) {
            throw new IllegalArgumentException("a fault strikes a message in flight, not " + victim);
        }
        if (kind.isEmpty() || kind.chars().anyMatch(c -> Character.isWhitespace(c) || c == ';' || c == ':')) {
            throw new IllegalArgumentException("a fault's kind must be a word: \"" + kind + "\"");
        }
        return new Envelope<>(victim.src, to, notice, false, Fate.FAULT, kind, victim);
    }

    /** An envelope from its parts, as {@link StatePacking} reads it back. */
    static <M> Envelope<M> of(Id src, Id dst, M msg, boolean timer, Fate fate) {
        return new Envelope<>(src, dst, msg, timer, fate);
    }

    /** A timer {@code owner} set: it fires (is delivered to {@code owner}) at any moment until cancelled. */
    public static <M> Envelope<M> timer(Id owner, M msg) {
        return new Envelope<>(owner, owner, msg, true, Fate.DELIVER);
    }

    /** This envelope with {@code fate}: the action that does that to it. */
    public Envelope<M> with(Fate fate) {
        if (fate == Fate.FAULT || this.fate == Fate.FAULT) {
            throw new IllegalArgumentException("a fault's action is built by Envelope.fault");
        }
        return fate == this.fate ? this : new Envelope<>(src, dst, msg, timer, fate);
    }

    /** A fault's kind ({@link Fate#FAULT}); null for any other fate. */
    public String kind() {
        return kind;
    }

    /** The message in flight a fault strikes ({@link Fate#FAULT}); null for any other fate. */
    public Envelope<M> victim() {
        return victim;
    }

    /** True for a timer its receiver set, false for a message. */
    public boolean isTimer() {
        return timer;
    }

    public Fate fate() {
        return fate;
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

    /**
     * {@code key} applied to the message, computed once and kept ({@link SystemBuilder#messageKey}):
     * an envelope sits in the network of many states and is compared each time one is built.
     */
    String orderKey(Function<M, String> key) {
        Keyed k = keyed;
        if (k == null || k.by() != key) {
            k = new Keyed(key, key.apply(msg));
            keyed = k;
        }
        return k.text();
    }

    /** The fingerprint of (src, dst, msg), the same in every JVM run; never 0. */
    @Override
    public long fingerprint() {
        long p = print;
        if (p == 0) {
            p = Fingerprints.of((long) src.index() << 32 | dst.index(), msg);
            if (timer || fate != Fate.DELIVER) { // plain messages keep the fingerprint they always had
                p = Fingerprints.mix(Fingerprints.word(p, (timer ? 8 : 0) + fate.ordinal()));
            }
            if (fate == Fate.FAULT) {
                p = Fingerprints.mix(Fingerprints.word(Fingerprints.word(p, Fingerprints.of(kind)), victim.fingerprint()));
            }
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
        return src.equals(e.src) && dst.equals(e.dst) && timer == e.timer && fate == e.fate && msg.equals(e.msg)
                && Objects.equals(kind, e.kind) && Objects.equals(victim, e.victim);
    }

    @Override
    public int hashCode() {
        long p = fingerprint();
        return (int) (p ^ (p >>> 32));
    }

    @Override
    public String toString() {
        String extra = (timer ? ", timer" : "") + (fate == Fate.DELIVER ? "" : ", " + fate)
                + (fate == Fate.FAULT ? " " + kind + " of " + victim : "");
        return "Envelope[src=" + src + ", dst=" + dst + ", msg=" + msg + extra + "]";
    }
}
