/**
 * Renderers of runs and verdicts ({@link dev.sledcheck.model.run}): plain data in, text out. A
 * renderer knows no engine and no CLI. One {@link dev.sledcheck.reports.Report} (sections of
 * check results, options, and optionally the other engines' {@link
 * dev.sledcheck.reports.engines.Agreement}) feeds every format: text ({@link
 * dev.sledcheck.reports.ReportText}, whose runs are always {@link dev.sledcheck.reports.TextLog},
 * in the vocabulary of the seed's Nexus log), JSON, HTML and Markdown in the subpackages. Only
 * timing differs between identical runs, always spelled as {@link dev.sledcheck.reports.Timing} says.
 */
package dev.sledcheck.reports;
