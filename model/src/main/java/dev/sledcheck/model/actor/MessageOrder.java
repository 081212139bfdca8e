package dev.sledcheck.model.actor;

import dev.sledcheck.model.fingerprint.Fingerprints;
import java.util.Comparator;

/** The default order of messages in the network: by value, never by text or allocation. */
final class MessageOrder {
    private MessageOrder() {}

    /**
     * Comparable messages of one class in their natural order; others by their fingerprint (a
     * function of the value, the same in every JVM run). Equal fingerprints of unequal messages, a
     * one-in-2^64 event, fall back to the class name and then the text, so the order stays total.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static <M> Comparator<M> byValue() {
        return (a, b) -> {
            if (a.equals(b)) {
                return 0;
            }
            if (a instanceof Comparable ca && a.getClass() == b.getClass()) {
                int c = ca.compareTo(b);
                if (c != 0) {
                    return c;
                }
            }
            int c = Long.compare(Fingerprints.of(a), Fingerprints.of(b));
            if (c != 0) {
                return c;
            }
            c = a.getClass().getName().compareTo(b.getClass().getName());
            return c != 0 ? c : String.valueOf(a).compareTo(String.valueOf(b));
        };
    }
}
