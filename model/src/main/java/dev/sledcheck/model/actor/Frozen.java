package dev.sledcheck.model.actor;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * An immutable list over an array that nobody else holds, so building one costs no copy. Its
 * {@code equals} tries identity before {@code equals} element by element: successive system
 * states share most of their actors' states and messages, and the shortcut skips deep comparisons.
 */
final class Frozen<E> extends AbstractList<E> implements RandomAccess {

    private static final Frozen<Object> EMPTY = new Frozen<>(new Object[0]);

    private final Object[] items;

    /** Takes ownership of {@code items}: the caller must not keep or change the array. */
    private Frozen(Object[] items) {
        this.items = items;
    }

    @SuppressWarnings("unchecked")
    static <E> Frozen<E> owning(Object[] items) {
        return items.length == 0 ? (Frozen<E>) EMPTY : new Frozen<>(items);
    }

    /** An immutable copy (none is made when {@code list} already is one). */
    @SuppressWarnings("unchecked")
    static <E> Frozen<E> copyOf(List<? extends E> list) {
        if (list instanceof Frozen) {
            return (Frozen<E>) list;
        }
        Object[] items = list.toArray();
        for (Object o : items) {
            Objects.requireNonNull(o, "null element");
        }
        return owning(items);
    }

    @Override
    @SuppressWarnings("unchecked")
    public E get(int index) {
        return (E) items[index];
    }

    @Override
    public int size() {
        return items.length;
    }

    /** A copy of the backing array, for building the next list. */
    Object[] toArrayCopy() {
        return items.clone();
    }

    /** The backing array itself: read only, never to be changed or handed out. */
    Object[] items() {
        return items;
    }

    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof Frozen<?> f)) {
            return super.equals(o);
        }
        Object[] a = items;
        Object[] b = f.items;
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i] && !a[i].equals(b[i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
