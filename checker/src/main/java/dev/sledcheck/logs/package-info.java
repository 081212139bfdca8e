/**
 * Reading omicron's logs in the shapes they really come in ({@link dev.sledcheck.logs.LogFormat}):
 * the seed's {@code [N] <time> <LEVEL> <name> (<component>): <message>} with {@code key = value}
 * lines (buildomat's rendering, as #7282 quotes it); bunyan JSON lines, as slog-bunyan writes
 * them; the same rendering without [N] and with indented fields, as {@code looker} prints it and
 * omicron's issue threads paste it (#6809, #8206, #7918); and slog-term's one-line form (#2802).
 *
 * <p>The format is decided per line, not per file: each format's first line has a shape no other
 * has ({@code [}, <code>{</code>, a digit, a month's name), so a line is read as whatever it looks
 * like, and a file pasted together from several sources reads as its parts do. A {@code key =
 * value} line belongs to the rendered entry just before it. Any other line (prose around a pasted
 * log, a code fence) is not an entry: {@link dev.sledcheck.logs.LogFile#read} skips it and gives
 * its number, so the caller can say how much it did not read. Entries without an [N] are numbered
 * by the line they start on, which is unique and tells the reader where to look.
 *
 * <p>File order is event order: in a real log it is also [N] order (the seed's prose quotes
 * entries out of order, so its test copy keeps them sorted), and a hand-edited copy that moves an
 * entry asks "what if it came here?". What an entry means is not this package's business.
 */
package dev.sledcheck.logs;
