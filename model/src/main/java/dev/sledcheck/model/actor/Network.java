package dev.sledcheck.model.actor;

/**
 * What the network between actors may do besides delivering each message once, in any order: lose
 * up to {@code maxLosses} messages and duplicate up to {@code maxDuplicates} (a duplicate is
 * delivered and stays in flight, so it can arrive again). Each fault is a step of its own, taken
 * at any moment, so the checker tries every placement within the budget. The budgets keep the
 * state space finite; they are bounds every SAFE verdict holds within, and {@link #bounds} says so.
 * Timers never get lost or duplicated: they belong to their actor, not to the network.
 */
public record Network(int maxLosses, int maxDuplicates) {

    /** Every message delivered exactly once (in any order): the default. */
    public static final Network RELIABLE = new Network(0, 0);

    public Network {
        if (maxLosses < 0 || maxDuplicates < 0) {
            throw new IllegalArgumentException("fault budgets must be >= 0: " + maxLosses + ", " + maxDuplicates);
        }
    }

    /** Loses up to {@code k} messages. */
    public static Network lossy(int k) {
        return new Network(k, 0);
    }

    /** Duplicates up to {@code k} messages. */
    public Network duplicating(int k) {
        return new Network(maxLosses, k);
    }

    public boolean reliable() {
        return maxLosses == 0 && maxDuplicates == 0;
    }

    /** The bound as a result prints it (empty for a reliable network, whose bound is the model's own). */
    public String bounds() {
        if (reliable()) {
            return "";
        }
        return "the network loses at most " + maxLosses + " message" + (maxLosses == 1 ? "" : "s")
                + " and duplicates at most " + maxDuplicates;
    }
}
