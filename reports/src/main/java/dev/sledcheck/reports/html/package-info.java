/**
 * The report as one self-contained HTML page: inline CSS, inline SVG and a little inline
 * JavaScript, a Content-Security-Policy that forbids every fetch, and no external URL. Every piece
 * of text from a report goes through {@link dev.sledcheck.reports.html.Html#escape}. A
 * counterexample becomes a {@link dev.sledcheck.reports.html.SequenceDiagram}: a lifeline per
 * actor, an arrow per delivered message, Nexus's rows as they change, and a switch down to the
 * {@link dev.sledcheck.reports.html.Slice} the violation depends on.
 */
package dev.sledcheck.reports.html;
