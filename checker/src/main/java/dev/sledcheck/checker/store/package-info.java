/**
 * Where a search remembers the states it has seen ({@link dev.sledcheck.checker.store.Visited}):
 * whole states compared by {@code equals} (exact), 64-bit fingerprints in a lock-free primitive
 * table (fingerprint; a collision could hide a state, and the result says how unlikely that is),
 * or exact first and fingerprints past a size (auto). Each state carries its <em>claim</em>, the
 * position of its discovery in one-thread breadth-first order, so parallel searches can agree on
 * who found a state first.
 */
package dev.sledcheck.checker.store;
