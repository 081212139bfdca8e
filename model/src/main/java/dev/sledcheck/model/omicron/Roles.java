package dev.sledcheck.model.omicron;

import dev.sledcheck.model.actor.Id;

/**
 * The actor ids of an omicron system, so that actors can address each other. The six of every
 * system come first, in a fixed layout; the fault injector and the instance updater come after
 * them, only in a system that has them ({@code null} otherwise).
 */
public record Roles(Id agent, Id nexus, Id watcher, Id user, Id saga, Id reincarnation, Id faults, Id updater) {

    /** The fixed layout {@link OmicronModel} builds when there are no faults and no updater. */
    public static final Roles STANDARD = new Roles(new Id(0), new Id(1), new Id(2), new Id(3), new Id(4), new Id(5),
            null, null);

    /** This layout with the fault injector and then the updater added after the six, as asked. */
    public Roles with(boolean withFaults, boolean withUpdater) {
        int next = 6;
        Id f = withFaults ? new Id(next++) : null;
        Id u = withUpdater ? new Id(next) : null;
        return new Roles(agent, nexus, watcher, user, saga, reincarnation, f, u);
    }

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
