package dev.sledcheck.model.omicron.nexus;

/** The instance's intended state (#8053): reincarnation restarts only instances meant to run. */
public enum Intended {
    RUNNING,
    STOPPED
}
