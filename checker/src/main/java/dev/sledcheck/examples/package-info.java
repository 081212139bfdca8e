/**
 * Textbook models any command can run with {@code --model NAME}, each offered by a {@link
 * dev.sledcheck.provider.ModelProvider}: two-phase commit (Gray and Lamport's TLA+ {@code
 * TwoPhase}), Peterson's mutual exclusion, the Die Hard water jugs, and (in {@code retry}) a
 * retrying client on the actor layer. Their tests pin the state counts, so any change to the engine's
 * semantics shows. States are immutable records with value equality; actions are listed in a fixed
 * order. The checker's tests add small fixtures of their own to this package.
 */
package dev.sledcheck.examples;
