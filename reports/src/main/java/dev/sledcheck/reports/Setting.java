package dev.sledcheck.reports;

/** One option a report was made with, as the command line spells it: {@code max-states = 0}. */
public record Setting(String name, String value) {}
