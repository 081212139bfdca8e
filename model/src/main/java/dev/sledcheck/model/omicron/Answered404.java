package dev.sledcheck.model.omicron;

import dev.sledcheck.model.actor.Note;

/** The sled agent answered 404 NO_SUCH_INSTANCE for {@code vmm}. S3 reads these notes. */
public record Answered404(VmmId vmm, String request) implements Note {
    @Override
    public String describe() {
        return request + " /vmms/" + vmm + "/state -> 404 NO_SUCH_INSTANCE (VMM with ID " + vmm + " not found)";
    }
}
