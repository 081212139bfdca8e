/**
 * The other engines' verdicts, as the stress module's {@code agreement.json} states them: per
 * configuration and question, the checker's verdict (under the runtime's narrowing, and of the full
 * model), Lincheck's verdict, jcstress's outcome counts and whether they agree. Plain data: the
 * renderers set it beside the checker's own results.
 *
 * @see dev.sledcheck.reports.json.AgreementReader
 */
package dev.sledcheck.reports.engines;
