package dev.sledcheck.model.omicron.agent;

import dev.sledcheck.model.omicron.Ids;
import dev.sledcheck.model.omicron.VmmId;
import java.util.List;

/**
 * What either sled agent holds, as properties, reductions and reports read it: the VMMs it knows,
 * in id order. Both agents' states implement it, so no reader needs to ask which agent it is.
 */
public sealed interface AgentState permits SimAgent.State, RealAgent.State {

    /** The VMMs in the agent's table, in id order. */
    List<Vmm> vmms();

    /** The agent's VMM {@code id}, or {@code null} when its table has none (a GET gets 404). */
    Vmm vmm(VmmId id);

    /** This state with every VMM id passed through {@code f}, the table sorted again. */
    AgentState withIds(Ids f);

    /**
     * A hash of everything the agent holds about {@code id}, the id itself left out, so that two
     * instances' slices can be compared (symmetry); a fixed value when the agent has no such VMM.
     */
    long slice(VmmId id);

    /** How reports show what the agent holds about {@code id}. */
    String describe(VmmId id);
}
