package dev.sledcheck.checker;

/**
 * What a search reports back: its counts, whether it visited every reachable state, the limit
 * that stopped it ("" when it finished or stopped because every property was decided), how it
 * told states apart, and the bytes its store held by construction (-1 when that depends on the
 * states themselves, as for whole states), and the most bytes a packed queue of states to expand
 * held (-1 when the queue held objects).
 */
record Exploration(long states, long transitions, int maxDepth, boolean complete, String limit,
        String dedup, long storeBytes, long queueBytes) {}
