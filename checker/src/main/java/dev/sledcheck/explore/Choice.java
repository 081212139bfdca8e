package dev.sledcheck.explore;

/**
 * One way to complete the word being typed: a command, a step number (described by its step's
 * token) or a property name.
 *
 * @param value       what completing inserts
 * @param description shown beside it in the list of choices ({@code ""}: nothing)
 * @param group       the heading it is listed under ("enabled steps", "commands")
 */
public record Choice(String value, String description, String group) {}
