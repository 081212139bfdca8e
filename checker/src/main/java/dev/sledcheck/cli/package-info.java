/**
 * The picocli command line {@code sledcheck}: thin commands over {@code dev.sledcheck.app}.
 * Exit codes: 0 fine, 1 a property broken (or a prediction missed), 2 bad input, 3 incomplete.
 * Bad input is one line on stderr naming what is valid, never a stack trace.
 */
package dev.sledcheck.cli;
