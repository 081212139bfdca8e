package dev.sledcheck.examples.retry;

import dev.sledcheck.model.actor.Note;

/** What a step did, in a phrase: the note both actors leave for logs and descriptions. */
record Told(String describe) implements Note {}
