package dev.sledcheck.cli;

import dev.sledcheck.provider.ModelProvider;
import dev.sledcheck.provider.Subject;

/** Omicron #7282's model as a provider: the default model, with the options every command had before. */
public final class OmicronProvider implements ModelProvider {

    @Override
    public String name() {
        return "omicron";
    }

    @Override
    public String description() {
        return "omicron #7282: the sled agent, Nexus's VMM store and update saga, the instance watcher,"
                + " auto-restart and a user's stop (the default)";
    }

    @Override
    public Object options() {
        return new OmicronOptions();
    }

    @Override
    public Subject<?, ?> subject(Object options) {
        return ((OmicronOptions) options).subject();
    }
}
