package dev.sledcheck.examples.retry;

/** The messages; each prints as its schedule label, e.g. {@code Request(2)}. */
public sealed interface Msg {

    /** The request's id, which every message is about. */
    int id();

    /** Client to server: apply request {@code id}. */
    record Request(int id) implements Msg {
        @Override
        public String toString() {
            return "Request(" + id + ")";
        }
    }

    /** Server to client: request {@code id} is applied. */
    record Reply(int id) implements Msg {
        @Override
        public String toString() {
            return "Reply(" + id + ")";
        }
    }

    /**
     * The client's timer for request {@code id}, a message to itself. The network is unordered, so
     * it may fire before the request has even arrived: timeouts cannot tell slow from lost.
     */
    record Timeout(int id) implements Msg {
        @Override
        public String toString() {
            return "Timeout(" + id + ")";
        }
    }
}
