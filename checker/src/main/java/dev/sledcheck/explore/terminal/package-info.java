/**
 * The explorer at a person's terminal, through JLine: line editing, a history that the Up arrow
 * recalls, Tab completion of commands, step numbers and properties, and the terminal's own width.
 * Only {@code sledcheck explore} at a terminal comes here; piped input never does, so a piped
 * transcript has no escape codes and stays byte-for-byte deterministic.
 */
package dev.sledcheck.explore.terminal;
