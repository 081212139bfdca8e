/**
 * Tests of Nexus's history against the checker: both judge S1v-S4 with the model's judgements
 * ({@code OmicronProperty}'s static methods), and {@code OneJudgementTest} walks whole state spaces
 * to show that, step by step, they say the same.
 */
package dev.sledcheck.stress.omicron;
