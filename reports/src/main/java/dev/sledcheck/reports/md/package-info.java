/**
 * The report as GitHub-flavoured Markdown for a CI job page: the verdict table, the engines when
 * present, and per violation the verdict line, the run's first and last steps (as the text log
 * prints them) and the replay command. Table text is escaped; runs sit in code fences.
 */
package dev.sledcheck.reports.md;
