package dev.sledcheck.checker;

/**
 * What a search reports back: its counts, whether it visited every reachable state, and the limit
 * that stopped it ("" when it finished or stopped because every property was decided).
 */
record Exploration(long states, long transitions, int maxDepth, boolean complete, String limit) {}
