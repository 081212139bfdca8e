package dev.sledcheck.model.omicron;

import dev.sledcheck.model.actor.Id;

/** The actor ids of an omicron system, so that actors can address each other. */
public record Roles(Id agent, Id nexus, Id watcher, Id user, Id saga, Id reincarnation) {

    /** The fixed layout {@link OmicronModel} builds. */
    public static final Roles STANDARD = new Roles(new Id(0), new Id(1), new Id(2), new Id(3), new Id(4), new Id(5));

    /** The actor that waits for a saga or a reply in {@code role}. */
    public Id of(Role role) {
        switch (role) {
            case WATCHER:
                return watcher;
            case USER:
                return user;
            default:
                throw new IllegalArgumentException("nobody waits in role " + role);
        }
    }
}
