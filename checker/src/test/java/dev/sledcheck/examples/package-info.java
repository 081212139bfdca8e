/**
 * Small textbook models the checker's tests explore: two-phase commit (Gray and Lamport's TLA+
 * {@code TwoPhase}), the Die Hard water jugs, and a skipping counter. States are immutable records
 * with value equality; actions are listed in a fixed order.
 */
package dev.sledcheck.examples;
