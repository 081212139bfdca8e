/**
 * A retrying client and a server on the actor layer ({@link dev.sledcheck.model.actor}): requests,
 * replies and timers are messages; a timer may fire before the reply, so a retry may duplicate a
 * request the server already applied. {@link dev.sledcheck.examples.retry.Retrying} builds the
 * system, {@link dev.sledcheck.examples.retry.RetryingProvider} offers it as
 * {@code --model retrying-client}.
 */
package dev.sledcheck.examples.retry;
