/**
 * Renderers of runs and verdicts ({@link dev.sledcheck.model.run}): plain data in, text out. A
 * renderer knows no engine and no CLI; the same {@link dev.sledcheck.reports.TextLog} prints every
 * command's runs, in the vocabulary of the seed's Nexus log.
 */
package dev.sledcheck.reports;
