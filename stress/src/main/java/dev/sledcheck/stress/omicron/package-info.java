/**
 * The omicron model's actors hosted by the {@linkplain dev.sledcheck.stress.runtime threaded
 * runtime}, and Nexus's append-only {@linkplain dev.sledcheck.stress.omicron.NexusHistory history}
 * on which S1v-S4 are judged after a run ({@link dev.sledcheck.stress.omicron.Findings}). The
 * history is built from the steps' own notes and the database around them, in one function that
 * also serves the checker, and judged by the very methods the checker's properties call
 * ({@code OmicronProperty}'s static judgements), so the three engines judge by the same rule. No
 * protocol logic lives here: every step is the model's handler.
 */
package dev.sledcheck.stress.omicron;
