package dev.sledcheck.model.actor;

/** A message in flight from {@code src} to {@code dst}. Delivering it is one step of {@code dst}. */
public record Envelope<M>(Id src, Id dst, M msg) {}
