package dev.sledcheck.app;

import dev.sledcheck.model.omicron.Configuration;
import dev.sledcheck.model.omicron.OmicronProperty;
import dev.sledcheck.model.run.Status;

/** One row of the predictions file: the expected status of a property in a configuration, and why. */
public record Prediction(Configuration configuration, OmicronProperty property, Status expected, String why) {}
