/**
 * The picocli command line {@code sledcheck}: thin commands over {@code dev.sledcheck.app}.
 * Exit codes ({@link dev.sledcheck.cli.ExitCode}): 0 fine, 1 a property broken (or a prediction
 * missed), 2 bad input or a model error, 3 incomplete, 4 out of memory, 130/143 SIGINT/SIGTERM.
 * Bad input is one line on stderr naming what is valid, never a stack trace.
 */
package dev.sledcheck.cli;
