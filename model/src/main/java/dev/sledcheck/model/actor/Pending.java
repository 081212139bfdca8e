package dev.sledcheck.model.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The work one thread still has to do when every message is delivered on the thread whose step
 * sent it, and the order it does it in. This one class fixes the order for both the threaded
 * runtime and the checker's {@link SameThread} model, so the two cannot drift apart.
 *
 * <p>Order: a step's ordinary messages run next, first sent first, each with everything it causes
 * before the following one (like nested synchronous calls, a stack: {@code now}); messages the
 * {@code deferred} predicate picks (spawned work such as a saga) wait until the thread has nothing
 * else to do, first deferred first ({@code later}). Immutable.
 *
 * @param now   ordinary messages, the next one first
 * @param later deferred messages, the oldest first
 */
public record Pending<M>(List<Envelope<M>> now, List<Envelope<M>> later) {

    public Pending {
        now = List.copyOf(now);
        later = List.copyOf(later);
    }

    /** A thread whose only work is {@code root} (and what it causes). */
    public static <M> Pending<M> of(Envelope<M> root) {
        return new Pending<>(List.of(root), List.of());
    }

    public boolean isEmpty() {
        return now.isEmpty() && later.isEmpty();
    }

    /** The message this thread delivers next. */
    public Envelope<M> next() {
        if (!now.isEmpty()) {
            return now.get(0);
        }
        if (!later.isEmpty()) {
            return later.get(0);
        }
        throw new IllegalStateException("no work left");
    }

    /** The work left once {@link #next()} was delivered and its step sent {@code sent} (in order). */
    public Pending<M> after(List<Envelope<M>> sent, Predicate<? super Envelope<M>> deferred) {
        List<Envelope<M>> nextNow = new ArrayList<>(now.size() + sent.size());
        List<Envelope<M>> nextLater = new ArrayList<>(later.size() + 1);
        for (Envelope<M> s : sent) {
            (deferred.test(s) ? nextLater : nextNow).add(s);
        }
        if (!now.isEmpty()) {
            nextNow.addAll(now.subList(1, now.size()));
            nextLater.addAll(0, later);
        } else {
            nextLater.addAll(0, later.subList(1, later.size()));
        }
        return new Pending<>(nextNow, nextLater);
    }

    /** Every message still to deliver, in the order they will be delivered if nothing is added. */
    public List<Envelope<M>> all() {
        List<Envelope<M>> out = new ArrayList<>(now);
        out.addAll(later);
        return out;
    }
}
