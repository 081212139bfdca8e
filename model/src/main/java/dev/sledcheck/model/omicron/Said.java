package dev.sledcheck.model.omicron;

import dev.sledcheck.model.actor.Note;

/** A plain sentence about a step, in the vocabulary of omicron's logs. */
public record Said(String text) implements Note {
    @Override
    public String describe() {
        return text;
    }
}
