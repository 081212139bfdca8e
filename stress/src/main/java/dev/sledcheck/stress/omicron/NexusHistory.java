package dev.sledcheck.stress.omicron;

import dev.sledcheck.model.actor.Access;
import dev.sledcheck.model.actor.ActorSystem;
import dev.sledcheck.model.actor.Envelope;
import dev.sledcheck.model.actor.Note;
import dev.sledcheck.model.omicron.Answered404;
import dev.sledcheck.model.omicron.Msg;
import dev.sledcheck.model.omicron.OmicronProperty;
import dev.sledcheck.model.omicron.nexus.Db;
import dev.sledcheck.model.omicron.nexus.InstanceRow;
import dev.sledcheck.model.omicron.nexus.VmmRow;
import dev.sledcheck.model.omicron.nexus.Write;
import dev.sledcheck.stress.runtime.StepObserver;
import dev.sledcheck.stress.runtime.StepView;
import java.util.ArrayList;
import java.util.List;

/**
 * Nexus's append-only history, so that properties of the past (a Failed that came and went, a
 * 404 answered too early) can be judged once a run is over: every VMM write attempted (landed or
 * not), every 404 the agent answered with the row as it was then, the moment a Failed VMM row and
 * the moment a Failed instance first appear, and restarts of stopped instances. Appended under the
 * step's locks, so in the order the steps took effect; read when no thread runs.
 */
public final class NexusHistory implements StepObserver<Msg, Db> {

    private final List<Happening> entries = new ArrayList<>();

    /** A history that starts at {@code start} (a Failed already there counts). */
    public NexusHistory(Db start) {
        entries.addAll(failedAppeared(null, start));
    }

    @Override
    public void stepped(StepView<Msg, Db> step) {
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

    /** A step of the model, as the checker takes it, seen as the runtime's observers see a step. */
    private record ModelStep(Envelope<Msg> delivered, Access access, List<Note> notes, Db storeBefore, Db storeAfter)
            implements StepView<Msg, Db> {}

    /** What one transition of {@code system}, as a search takes it, adds to the history. */
    public static List<Happening> of(ActorSystem<Msg, Db> system, ActorSystem.Transition<Msg, Db> t) {
        Access access = system.entry(t.delivered().dst()).access();
        Db after = access == Access.STORE ? t.after().store() : t.before().store();
        return of(new ModelStep(t.delivered(), access, t.notes(), t.before().store(), after));
    }

    /** What one step adds to the history: the same for the runtime and for the checker's runs. */
    public static List<Happening> of(StepView<Msg, Db> step) {
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
                out.addAll(failedAppeared(before, after));
                for (InstanceRow a : after.instances()) {
                    if (OmicronProperty.restartedAfterStop(before.instance(a.id()), a)) {
                        out.add(new Happening.Restarted(a.id()));
                    }
                }
            }
        }
        return out;
    }

    /**
     * A Failed VMM row and a Failed instance that {@code after} holds and {@code before} did not
     * ({@code before} null: the start), each as the model's judgement finds it.
     */
    private static List<Happening> failedAppeared(Db before, Db after) {
        List<Happening> out = new ArrayList<>(0);
        VmmRow vmm = OmicronProperty.failedVmm(after);
        if (vmm != null && (before == null || OmicronProperty.failedVmm(before) == null)) {
            out.add(Happening.FailedSeen.vmm(vmm));
        }
        InstanceRow instance = OmicronProperty.failedInstance(after);
        if (instance != null && (before == null || OmicronProperty.failedInstance(before) == null)) {
            out.add(Happening.FailedSeen.instance(instance));
        }
        return out;
    }
}
