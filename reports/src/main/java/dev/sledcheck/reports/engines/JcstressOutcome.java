package dev.sledcheck.reports.engines;

/**
 * One jcstress outcome as jcstress names it: the observed result, its grading
 * ({@code ACCEPTABLE}, {@code ACCEPTABLE_INTERESTING}, {@code FORBIDDEN}), how often it was seen,
 * and the sentence ({@code desc}) that says what it means.
 */
public record JcstressOutcome(String outcome, String grade, long count, String desc) {}
