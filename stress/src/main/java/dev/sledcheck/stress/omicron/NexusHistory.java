package dev.sledcheck.stress.omicron;

import dev.sledcheck.model.actor.Access;
import dev.sledcheck.model.actor.Note;
import dev.sledcheck.model.omicron.Answered404;
import dev.sledcheck.model.omicron.Msg;
import dev.sledcheck.model.omicron.nexus.Db;
import dev.sledcheck.model.omicron.nexus.InstanceRow;
import dev.sledcheck.model.omicron.nexus.VmmRow;
import dev.sledcheck.model.omicron.nexus.Write;
import dev.sledcheck.model.omicron.VmmState;
import dev.sledcheck.stress.runtime.StepObserver;
import dev.sledcheck.stress.runtime.StepView;
import java.util.ArrayList;
import java.util.List;

/**
 * Nexus's append-only history, so that properties of the past (a Failed that came and went, a
 * 404 answered too early) can be judged once a run is over: every VMM write attempted (landed or
 * not), every 404 the agent answered with the row as it was then, the moment a Failed first
 * appears, and restarts of stopped instances. Appended under the step's locks, so in the order
 * the steps took effect; read when no thread runs.
 */
public final class NexusHistory implements StepObserver<Db, Msg> {

    private final List<Happening> entries = new ArrayList<>();

    /** A history that starts at {@code start} (a Failed already there counts). */
    public NexusHistory(Db start) {
        String failed = failed(start);
        if (failed != null) {
            entries.add(new Happening.FailedSeen(failed));
        }
    }

    @Override
    public void stepped(StepView<Db, Msg> step) {
        List<Happening> found = of(step);
        if (!found.isEmpty()) {
            synchronized (entries) {
                entries.addAll(found);
            }
        }
    }

    /** A copy of the entries so far. */
    public List<Happening> entries() {
        synchronized (entries) {
            return List.copyOf(entries);
        }
    }

    public Findings findings() {
        return Findings.of(entries());
    }

    /** What one step adds to the history: the same for the runtime and for the checker's runs. */
    public static List<Happening> of(StepView<Db, Msg> step) {
        List<Happening> out = new ArrayList<>(2);
        for (Note n : step.notes()) {
            if (n instanceof Write w) {
                out.add(new Happening.Wrote(w));
            } else if (n instanceof Answered404 a) {
                out.add(new Happening.NotFound(a, step.storeBefore().vmm(a.vmm())));
            }
        }
        if (step.access() == Access.STORE) {
            Db before = step.storeBefore();
            Db after = step.storeAfter();
            if (after != before) {
                String failed = failed(after);
                if (failed != null && failed(before) == null) {
                    out.add(new Happening.FailedSeen(failed));
                }
                for (InstanceRow a : after.instances()) {
                    InstanceRow b = before.instance(a.id());
                    if (b.stopAsked() && !b.restarted() && a.restarted()) {
                        out.add(new Happening.Restarted(a.id()));
                    }
                }
            }
        }
        return out;
    }

    /** The first Failed row or instance of {@code db}, as text, or {@code null}. */
    private static String failed(Db db) {
        for (VmmRow r : db.vmms()) {
            if (r.state() == VmmState.FAILED) {
                return "VMM " + r;
            }
        }
        for (InstanceRow i : db.instances()) {
            if (i.failed()) {
                return "instance " + i;
            }
        }
        return null;
    }
}
