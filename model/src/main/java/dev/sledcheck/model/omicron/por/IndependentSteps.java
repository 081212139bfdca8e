package dev.sledcheck.model.omicron.por;

import dev.sledcheck.model.actor.ActorSystem;
import dev.sledcheck.model.actor.Envelope;
import dev.sledcheck.model.actor.SystemState;
import dev.sledcheck.model.core.PartialOrder;
import dev.sledcheck.model.omicron.Msg;
import dev.sledcheck.model.omicron.Roles;
import dev.sledcheck.model.omicron.Variant;
import dev.sledcheck.model.omicron.nexus.Db;
import java.util.List;

/**
 * The omicron model's partial-order reduction ({@code por}): persistent sets at the granularity of
 * rows, VMMs and sagas rather than actors, so that the interleavings of unrelated instances
 * collapse. Three kinds of subset are proposed, and the search takes the first that passes its
 * cycle proviso:
 * <ol>
 *   <li>{@link AgentSets}: the agent's steps on one VMM, when nobody else can call the agent about
 *       it in a way that matters (invisible: they write no row);
 *   <li>{@link DroppedWrites}: a PUT handler's or watcher's answer step whose write does not land
 *       (invisible, and it commutes with everything);
 *   <li>{@link InstanceSets}: every step of one instance.
 * </ol>
 *
 * <p><b>Independence.</b> Every message but the watcher's {@code Pass} names an instance or a VMM,
 * and so is about one instance (a VMM's row says whose it is). A step about instance {@code k}
 * reads and writes only {@code k}'s objects: its instance row and VMM rows, the agent's entries for
 * its VMMs (a table kept sorted by id), the watcher's check of its VMMs, the user's stop when it is
 * of {@code k}; and it sends only messages about {@code k}. The shared things are few, and each is
 * settled here:
 * <ul>
 *   <li><em>The watcher's listing</em> (a {@code Pass}) reads every row and sends a GET to each
 *       listed VMM: it depends on every write that changes what it lists, and on every agent step
 *       that changes an entry a GET would read. It is about no instance and is never in a subset.
 *       So an instance's steps are proposed only while no listing can come ({@link
 *       dev.sledcheck.model.omicron.nexus.Watcher#mayList}) or the instance has no listed row and
 *       none of its steps gives it one: the listing then neither sees it nor calls the agent about
 *       it, in either order. Where the listing still matters, the instances' steps are explored in
 *       every order with each other, as they must be: which of them a listing sees is the race.
 *   <li><em>The watcher's list of checks</em>: two instances' answers end their checks in either
 *       order; the list then differs in order only among different instances' checks, which the
 *       watcher finds by VMM and ends per instance in their own order, so the two states have the
 *       same futures and the same judgements. The pass ends with whichever check is last, in the
 *       same state; while a check of {@code k} is pending no other instance's step can end the
 *       pass, so no listing comes between.
 *   <li><em>VMM ids</em>: reincarnation allocates the next free id, so two instances' allocations
 *       do not commute; an instance's steps are proposed with an activation in them only when no
 *       other instance can still restart.
 *   <li><em>The user</em>: its steps are about the instance it stops, one stop after the other.
 *       A plan's first stop ends by poking every VMM and beginning the second stop, so a plan with
 *       a first stop must have one instance (checked when built).
 *   <li>The network is a multiset, the database and the agent's table are maps by id: different
 *       keys commute.
 * </ul>
 * So on a path of steps outside an instance's subset (C1 of {@link PartialOrder}), no step is about
 * that instance (nobody else sends one), and every step commutes with each of the subset's.
 * AgentSets and DroppedWrites say in their comments why their smaller subsets are persistent too.
 *
 * <p><b>Visibility, per property and per instance</b> (C2 of {@link PartialOrder}). AgentSets and
 * DroppedWrites write no row: nothing any property reads. An instance's steps do write its rows,
 * and they are visible in general, but each property is judged per instance, and a path outside
 * the subset leaves that instance's rows alone:
 * <ul>
 *   <li>S1v and S1i break when some row or instance is Failed: if a path of other instances' steps
 *       from a state with none ends in one, it is another instance's, which the subset's steps
 *       leave Failed;
 *   <li>S2, S3 and S4 judge a step by its own instance's rows (its write, the row it answers 404
 *       for, its instance row), which the subset's steps do not touch;
 *   <li>R1 is reached when every instance is cleanly stopped: the subset's instance is then as
 *       it was, so a subset is proposed only if none of its steps takes a cleanly stopped instance
 *       out of that state (a restart of an instance a stop cleared can);
 *   <li>L1 is judged where nothing is enabled, which every persistent set keeps.
 * </ul>
 *
 * <p><b>Faults</b> ({@code --faults}) and the instance updater ({@code --updater}) are kept out
 * rather than taught: while a fault could strike (some enabled action is a fault) or a fault's
 * consequence is in flight ({@link Msg#ofFault}: a notice, a retry's trigger, an activation), no
 * subset is proposed, so those states are explored in full. That is sound because nothing it
 * leaves reduced can meet a fault: a fault strikes a message already in flight, and the budget
 * only shrinks, so a state with no fault enabled has none on the messages now in flight on any
 * later path either; a fault on a message sent later along a path outside a subset strikes no
 * message of the subset (it was sent outside it) and touches only the injector's count, which no
 * subset step reads; its notice goes to the client of that message's exchange, which (AgentSets
 * and InstanceSets already require it) no subset step can be waiting on. Nor is a fault step
 * ever in a subset. The updater reads every instance's row, as a watcher listing does, and an
 * unwind of any instance's saga can wake it, so with the updater InstanceSets proposes nothing;
 * AgentSets and DroppedWrites never meet it (it neither calls the agent nor writes a VMM row).
 *
 * <p>The cycle proviso is the search's. Symmetry and gen apply to the states; this reduction is asked
 * about representatives, which are states of the full model, and the quotients they make keep
 * every property and every future, so the argument holds on the quotient. The tests check, in
 * every state the reduced search visits, that each proposed subset commutes with the other steps
 * along the paths that avoid it and that each property's judgement survives it, and that no verdict
 * of the matrix or of {@code scale} changes.
 */
public final class IndependentSteps implements PartialOrder<SystemState<Msg, Db>, Envelope<Msg>> {
    private final Roles roles;
    private final int passes;
    private final AgentSets agents;
    private final DroppedWrites dropped;
    private final InstanceSets instances;
    private final boolean updater;

    /**
     * For a system whose watcher has {@code passes} passes, whose user, when
     * {@code pokesAfterFirstStop}, pokes the VMMs once its first stop is over, and which runs the
     * instance updater when {@code updater}.
     *
     * @throws IllegalArgumentException if the first stop's pokes could reach another instance
     */
    public IndependentSteps(ActorSystem<Msg, Db> system, Roles roles, Variant variant, int passes,
            boolean pokesAfterFirstStop, boolean updater) {
        if (pokesAfterFirstStop && system.initialStore().instances().size() > 1) {
            throw new IllegalArgumentException("the first stop's pokes would make instances depend on each other");
        }
        this.roles = roles;
        this.passes = passes;
        this.agents = new AgentSets(system, roles, variant, pokesAfterFirstStop);
        this.dropped = new DroppedWrites(system, roles);
        this.instances = new InstanceSets(system, variant);
        this.updater = updater;
    }

    @Override
    public List<int[]> ample(SystemState<Msg, Db> state, List<Envelope<Msg>> enabled) {
        if (enabled.size() < 2 || faultAround(state, enabled)) {
            return List.of();
        }
        Survey s = new Survey(state, enabled, roles, passes);
        Candidates out = new Candidates(s);
        agents.propose(s, out);
        dropped.propose(s, out);
        if (!updater) {
            instances.propose(s, out);
        }
        return out.ordered();
    }

    /** Whether a fault is enabled, or a fault's consequence is in flight: then nothing is reduced. */
    private static boolean faultAround(SystemState<Msg, Db> state, List<Envelope<Msg>> enabled) {
        for (Envelope<Msg> e : enabled) {
            if (e.fate() == Envelope.Fate.FAULT) {
                return true;
            }
        }
        for (Envelope<Msg> e : state.network()) {
            if (e.msg().ofFault()) {
                return true;
            }
        }
        return false;
    }
}
