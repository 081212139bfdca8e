package dev.sledcheck.model.omicron;

import dev.sledcheck.model.omicron.fault.FaultKind;

/**
 * Every message of the omicron model. A message in flight is an enabled step of its receiver;
 * {@link #label()} is its part of a schedule token ({@code receiver:label}), so labels must tell
 * apart any two messages that can be in flight to the same receiver at once.
 */
public sealed interface Msg {

    String label();

    /**
     * This message with every instance and VMM id it names passed through {@code f}, in the order
     * its components list them. The one place a message says which ids it is about.
     */
    Msg withIds(Ids f);

    /**
     * Whether delivering this message can write a VMM's runtime (Nexus handling the agent's PUT, or
     * an answer the watcher, a stop or the start saga writes back). S2 judges only these steps, so
     * a new message whose handler writes must say so here.
     */
    default boolean carriesRuntime() {
        return false;
    }

    /**
     * Whether this message belongs to a fault (its notice, or what the notice sets off) or to the
     * instance updater that repairs one: the partial-order reduction proposes no subset while one is
     * in flight ({@code por.IndependentSteps} says why).
     */
    default boolean ofFault() {
        return false;
    }

    // ---- to the sled agent -------------------------------------------------------------------

    /** {@code GET /vmms/{id}/state}, from the watcher. */
    record Get(VmmId vmm) implements Msg {
        public Msg withIds(Ids f) {
            return new Get(f.vmm(vmm));
        }

        public String label() {
            return "get(" + vmm + ")";
        }
    }

    /** {@code PUT /vmms/{id}/state} asking for Stopped, from the user's stop. */
    record Stop(VmmId vmm) implements Msg {
        public Msg withIds(Ids f) {
            return new Stop(f.vmm(vmm));
        }

        public String label() {
            return "stop(" + vmm + ")";
        }
    }

    /** The simulated agent's second critical section of a stop: the look-up found the VMM. */
    record StopApply(VmmId vmm) implements Msg {
        public Msg withIds(Ids f) {
            return new StopApply(f.vmm(vmm));
        }

        public String label() {
            return "stop-apply(" + vmm + ")";
        }
    }

    /**
     * One iteration of the drain: the simulated agent applies its next queued state; the real
     * runner takes propolis's next observation. The test's poke sends the first; each 204 the
     * next.
     */
    record Poke(VmmId vmm) implements Msg {
        public Msg withIds(Ids f) {
            return new Poke(f.vmm(vmm));
        }

        public String label() {
            return "poke(" + vmm + ")";
        }
    }

    /** Nexus's 204 for the agent's {@code PUT /vmms/{id}} of (state, gen). */
    record Ack(VmmId vmm, VmmState state, int gen) implements Msg {
        public Msg withIds(Ids f) {
            return new Ack(f.vmm(vmm), state, gen);
        }

        public String label() {
            return "204(" + vmm + "," + state + "/" + gen + ")";
        }
    }

    /** Reincarnation's start saga asking the agent to register a new VMM. */
    record Register(VmmId vmm) implements Msg {
        public Msg withIds(Ids f) {
            return new Register(f.vmm(vmm));
        }

        public String label() {
            return "register(" + vmm + ")";
        }
    }

    /** The start saga's {@code PUT /vmms/{id}/state} asking for Running ({@code sis_ensure_running}). */
    record Run(VmmId vmm) implements Msg {
        public Msg withIds(Ids f) {
            return new Run(f.vmm(vmm));
        }

        public String label() {
            return "run(" + vmm + ")";
        }
    }

    // ---- to Nexus ----------------------------------------------------------------------------

    /** The agent's {@code PUT /vmms/{id}}: a new runtime state for Nexus to write. */
    record Publish(VmmId vmm, VmmState state, int gen) implements Msg {
        @Override
        public boolean carriesRuntime() {
            return true;
        }

        public Msg withIds(Ids f) {
            return new Publish(f.vmm(vmm), state, gen);
        }

        public String label() {
            return "put(" + vmm + "," + state + "/" + gen + ")";
        }
    }

    /** The agent's answer to a GET. */
    record GetReply(VmmId vmm, Answer answer) implements Msg {
        @Override
        public boolean carriesRuntime() {
            return true;
        }

        public Msg withIds(Ids f) {
            return new GetReply(f.vmm(vmm), answer);
        }

        public String label() {
            return "get-reply(" + vmm + "," + answer.label() + ")";
        }
    }

    /** The agent's answer to a stop. */
    record StopReply(VmmId vmm, Answer answer) implements Msg {
        @Override
        public boolean carriesRuntime() {
            return true;
        }

        public Msg withIds(Ids f) {
            return new StopReply(f.vmm(vmm), answer);
        }

        public String label() {
            return "stop-reply(" + vmm + "," + answer.label() + ")";
        }
    }

    /** The agent's answer to a registration. */
    record Registered(VmmId vmm, Answer answer) implements Msg {
        @Override
        public boolean carriesRuntime() {
            return true;
        }

        public Msg withIds(Ids f) {
            return new Registered(f.vmm(vmm), answer);
        }

        public String label() {
            return "registered(" + vmm + "," + answer.label() + ")";
        }
    }

    /** The agent's answer to the start saga's Run request. */
    record RunReply(VmmId vmm, Answer answer) implements Msg {
        @Override
        public boolean carriesRuntime() {
            return true;
        }

        public Msg withIds(Ids f) {
            return new RunReply(f.vmm(vmm), answer);
        }

        public String label() {
            return "run-reply(" + vmm + "," + answer.label() + ")";
        }
    }

    /** The start saga's next step for {@code instance}'s new VMM {@code vmm}. */
    record StartStep(InstanceId instance, VmmId vmm) implements Msg {
        public Msg withIds(Ids f) {
            return new StartStep(f.instance(instance), f.vmm(vmm));
        }

        public String label() {
            return "move-to-starting(" + instance + "," + vmm + ")";
        }
    }

    /** The user's own: the stop's second database step, writing the intended state (Nexus at HEAD). */
    record StopIntent(int number, InstanceId instance) implements Msg {
        public Msg withIds(Ids f) {
            return new StopIntent(number, f.instance(instance));
        }

        public String label() {
            return "stop-intent#" + number + "(" + instance + ")";
        }
    }

    /** The watcher's own: pass {@code number} may start now. */
    record Pass(int number) implements Msg {
        public Msg withIds(Ids f) {
            return this;
        }

        public String label() {
            return "pass(" + number + ")";
        }
    }

    /** The user's own: stop number {@code number} on {@code instance} may start now. */
    record BeginStop(int number, InstanceId instance) implements Msg {
        public Msg withIds(Ids f) {
            return new BeginStop(number, f.instance(instance));
        }

        public String label() {
            return "stop#" + number + "(" + instance + ")";
        }
    }

    /** Start an instance-update saga for {@code instance}; {@code awaitedBy} waits for its end. */
    record StartSaga(InstanceId instance, Role awaitedBy) implements Msg {
        public Msg withIds(Ids f) {
            return new StartSaga(f.instance(instance), awaitedBy);
        }

        public String label() {
            return awaitedBy == Role.NONE ? "start(" + instance + ")"
                    : "start(" + instance + ",for-" + awaitedBy.name().toLowerCase() + ")";
        }
    }

    /** A running saga's next step; the saga's progress travels in the message. */
    record SagaStep(InstanceId instance, SagaStage stage, SagaRead read, Role awaitedBy) implements Msg {
        public Msg withIds(Ids f) {
            return new SagaStep(f.instance(instance), stage, read == null ? null : read.withIds(f), awaitedBy);
        }

        public String label() {
            return stage.label() + "(" + instance + ")";
        }
    }

    /** A saga that {@code awaitedBy} waited for has ended. */
    record SagaDone(InstanceId instance) implements Msg {
        public Msg withIds(Ids f) {
            return new SagaDone(f.instance(instance));
        }

        public String label() {
            return "saga-done(" + instance + ")";
        }
    }

    /** The saga wakes reincarnation for a Failed instance. */
    record Wake(InstanceId instance) implements Msg {
        public Msg withIds(Ids f) {
            return new Wake(f.instance(instance));
        }

        public String label() {
            return "wake(" + instance + ")";
        }
    }

    // ---- faults (--faults) and their repair (--updater) -------------------------------------

    /** A message of a fault or of its repair: {@link #ofFault} says so for each. */
    sealed interface OfFault extends Msg {
        @Override
        default boolean ofFault() {
            return true;
        }
    }

    /** To the fault injector: a fault of {@code kind} struck {@code victim}, which left the network unread. */
    record Struck(FaultKind kind, Msg victim) implements OfFault {
        public Msg withIds(Ids f) {
            return new Struck(kind, victim.withIds(f));
        }

        public String label() {
            return kind.id() + "(" + victim.label() + ")";
        }
    }

    /** To the agent: its PUT of (state, gen) got no 204 (a transport error, a timeout or a 5xx). */
    record PutFailed(VmmId vmm, VmmState state, int gen) implements OfFault {
        public Msg withIds(Ids f) {
            return new PutFailed(f.vmm(vmm), state, gen);
        }

        public String label() {
            return "put-failed(" + vmm + "," + state + "/" + gen + ")";
        }
    }

    /** To the watcher: its GET of {@code vmm} got no answer (timed out, or failed in transit). */
    record GetFailed(VmmId vmm) implements OfFault {
        public Msg withIds(Ids f) {
            return new GetFailed(f.vmm(vmm));
        }

        public String label() {
            return "get-failed(" + vmm + ")";
        }
    }

    /** To the user: its stop's PUT to the agent about {@code vmm} got no answer. */
    record StopFailed(VmmId vmm) implements OfFault {
        public Msg withIds(Ids f) {
            return new StopFailed(f.vmm(vmm));
        }

        public String label() {
            return "stop-failed(" + vmm + ")";
        }
    }

    /** To a waiter: the saga it waited for was never created. */
    record SagaFailed(InstanceId instance) implements OfFault {
        public Msg withIds(Ids f) {
            return new SagaFailed(f.instance(instance));
        }

        public String label() {
            return "saga-failed(" + instance + ")";
        }
    }

    /** To the instance updater: run one activation (a saga was lost, or one unwound). */
    record Activate() implements OfFault {
        public Msg withIds(Ids f) {
            return this;
        }

        public String label() {
            return "activate";
        }
    }
}
