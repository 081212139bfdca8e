/**
 * What the build's gate ({@code mvn -B -ntp verify}) runs and what waits for {@code -Pslow}: the
 * long explorations keep a representative fast part in every build and run whole on request.
 */
package dev.sledcheck.gate;
