/**
 * Reading logs in the seed's format: a header line {@code [N] <timestamp> <LEVEL> <test>
 * (<component>): <message>} followed by {@code key = value} lines (omicron's bunyan logs as the
 * #7282 issue quotes them). {@link dev.sledcheck.logs.LogFile#parse} gives the entries in file
 * order, or says in one line where the text breaks the format. File order is event order: in a
 * real log it is also [N] order (the seed's prose quotes entries out of order, so its test copy
 * keeps them sorted), and a hand-edited copy that moves an entry asks "what if it came here?".
 * What an entry means is not this package's business.
 */
package dev.sledcheck.logs;
