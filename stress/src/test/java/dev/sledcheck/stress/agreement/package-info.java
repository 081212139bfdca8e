/**
 * The stress module's verify steps after the tests: {@link dev.sledcheck.stress.agreement.JcstressRun}
 * runs jcstress and guards against a run that ran nothing; {@link dev.sledcheck.stress.agreement.Agreement}
 * sets the three engines' verdicts side by side in {@code target/agreement.json} and fails the
 * build on any disagreement.
 */
package dev.sledcheck.stress.agreement;
