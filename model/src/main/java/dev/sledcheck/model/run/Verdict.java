package dev.sledcheck.model.run;

/**
 * The answer for one property: its status and, for VIOLATED or REACHED, the run that shows it
 * ({@code null} otherwise).
 */
public record Verdict(String property, String description, Status status, Run run) {}
