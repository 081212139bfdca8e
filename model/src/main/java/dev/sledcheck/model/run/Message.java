package dev.sledcheck.model.run;

/**
 * A message a step sent: who receives it and the schedule token of the step that would deliver
 * it. A later step of the run whose {@code enabledBy} names the sender and whose token is this
 * token delivered it; a message no later step delivered was still in flight when the run ended.
 */
public record Message(String to, String token) {}
