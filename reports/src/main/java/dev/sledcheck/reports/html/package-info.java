/**
 * The report as one self-contained HTML page: inline CSS, inline SVG and a little inline
 * JavaScript, a Content-Security-Policy that forbids every fetch, and no external URL. Every piece
 * of text from a report goes through {@link dev.sledcheck.reports.html.Html#escape}. A
 * counterexample becomes a {@link dev.sledcheck.reports.html.Figure}: a Lamport diagram
 * ({@link dev.sledcheck.reports.html.SequenceDiagram}: a lifeline per actor in the model's order,
 * each message from the step that sent it to the step that delivered it, those still in flight
 * off the bottom edge, the model's marks), drawn twice when its
 * {@link dev.sledcheck.reports.html.Slice} hides steps, and a switch between the two. Legends
 * explain only what the page shows.
 */
package dev.sledcheck.reports.html;
