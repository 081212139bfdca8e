/**
 * Reports as JSON, and JSON back into reports. Two documents, each with a {@code kind} and a
 * {@code schemaVersion}: the checker's result ({@code sledcheck-result}, written by {@link
 * dev.sledcheck.reports.json.ResultJson}) and the stress module's agreement ({@code
 * sledcheck-agreement}); their JSON Schemas sit beside this package as resources. Readers reject
 * anything else with one line naming the file and the place ({@link
 * dev.sledcheck.reports.json.BadReportFile}).
 */
package dev.sledcheck.reports.json;
