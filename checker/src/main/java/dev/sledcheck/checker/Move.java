package dev.sledcheck.checker;

/** One step of a path under construction: the state it leaves and the action it takes. */
record Move<S, A>(S before, A action) {}
