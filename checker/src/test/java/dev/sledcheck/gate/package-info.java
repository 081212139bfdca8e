/**
 * How the build's gate ({@code mvn -B -ntp verify}) stays fast: results the tests share, computed
 * once per test JVM ({@link dev.sledcheck.gate.Memo}), and the long explorations that keep a
 * representative fast part in every build and run whole on request ({@link dev.sledcheck.gate.Slow},
 * {@code -Pslow}).
 */
package dev.sledcheck.gate;
