package dev.sledcheck.model.omicron;

import dev.sledcheck.model.actor.ActorSystem;
import dev.sledcheck.model.actor.Envelope;
import dev.sledcheck.model.actor.SystemState;
import dev.sledcheck.model.core.Reduction;
import dev.sledcheck.model.omicron.agent.RealAgent;
import dev.sledcheck.model.omicron.agent.SimAgent;
import dev.sledcheck.model.omicron.agent.Vmm;
import dev.sledcheck.model.omicron.nexus.Db;
import dev.sledcheck.model.omicron.nexus.InstanceRow;
import dev.sledcheck.model.omicron.nexus.VmmRow;
import dev.sledcheck.model.omicron.nexus.Watcher;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Symmetry of identical instances ({@code --reduction symmetry}): the representative of a state
 * renumbers the instances so that their slices (instance row, VMM row, the agent's view of the
 * VMM, the watcher's check of it, and the messages about them) come in sorted order.
 *
 * <p>Why it is sound: every actor treats instances alike (no handler compares ids except for
 * equality, and the watcher's listing order only decides the order GETs are sent, which the
 * unordered network forgets); every property quantifies over all instances. So a state and its
 * renaming have the same futures up to the renaming. Instances named by an actor's configuration
 * (instance 0, the target of the test's stops) are fixed. VMMs created by a restart get fresh ids in
 * the order of their instances: their ids are only ever used as "a new one". The watcher's pending
 * checks are kept sorted, since the watcher looks them up by VMM, never by position. Runs found on
 * representatives are turned back into runs of the full model and replayed there before printing.
 */
final class Symmetry implements Reduction<SystemState<Db, Msg>> {
    private static final Pattern ID = Pattern.compile("\\b([vi])(\\d+)\\b");

    private final ActorSystem<Db, Msg> system;
    private final int instances;
    private final int firstMovable;

    Symmetry(ActorSystem<Db, Msg> system, int instances, boolean instanceZeroFixed) {
        this.system = system;
        this.instances = instances;
        this.firstMovable = instanceZeroFixed ? 1 : 0;
    }

    @Override
    public String name() {
        return "symmetry";
    }

    @Override
    public SystemState<Db, Msg> representative(SystemState<Db, Msg> s) {
        if (instances - firstMovable < 2) {
            return s;
        }
        Db db = s.store();
        String[] signature = new String[instances];
        for (int k = firstMovable; k < instances; k++) {
            signature[k] = signature(s, k);
        }
        Integer[] order = new Integer[instances - firstMovable];
        for (int k = 0; k < order.length; k++) {
            order[k] = k + firstMovable;
        }
        Arrays.sort(order, Comparator.comparing((Integer k) -> signature[k]));
        int[] to = new int[instances];
        for (int k = 0; k < firstMovable; k++) {
            to[k] = k;
        }
        for (int j = 0; j < order.length; j++) {
            to[order[j]] = j + firstMovable;
        }
        // Each instance's first VMM follows its instance; VMMs a restart created get fresh ids in
        // the order of their (renamed) instances, since ids only ever mean "a new one".
        int maxId = db.freshVmmId().n() - 1;
        int[] vmmTo = new int[maxId + 1];
        List<int[]> fresh = new ArrayList<>();
        for (VmmRow r : db.vmms()) {
            int n = r.id().n();
            if (n <= instances) {
                vmmTo[n] = to[n - 1] + 1;
            } else {
                fresh.add(new int[] {to[r.instance().n()], n});
            }
        }
        fresh.sort(Comparator.<int[]>comparingInt(f -> f[0]).thenComparingInt(f -> f[1]));
        int next = instances + 1;
        for (int[] f : fresh) {
            vmmTo[f[1]] = next++;
        }
        boolean identity = true;
        for (int k = 0; k < instances; k++) {
            identity &= to[k] == k;
        }
        for (int n = 1; n <= maxId; n++) {
            identity &= vmmTo[n] == n;
        }
        if (identity) {
            Watcher.State w = s.actor(Roles.STANDARD.watcher());
            if (sortedChecks(w.checks()).equals(w.checks())) {
                return s;
            }
        }
        return new Renaming(to, vmmTo).apply(system, s);
    }

    /** The watcher's pending checks in a canonical order. */
    static List<Watcher.Check> sortedChecks(List<Watcher.Check> checks) {
        List<Watcher.Check> sorted = new ArrayList<>(checks);
        sorted.sort(Comparator.comparing(Watcher.Check::vmm).thenComparing(Watcher.Check::awaitingSaga));
        return sorted;
    }

    /** Everything about instance k and its VMMs, with ids blanked, so that equal signatures mean equal slices. */
    private String signature(SystemState<Db, Msg> s, int k) {
        InstanceId inst = new InstanceId(k);
        Db db = s.store();
        StringBuilder sb = new StringBuilder();
        InstanceRow i = db.instance(inst);
        sb.append(i.gen()).append(i.active() == null ? "-" : i.active().n() <= instances ? "first" : "fresh")
                .append(i.failed()).append(i.intended()).append(i.locked()).append(i.restarted())
                .append(i.stopAsked()).append('|');
        List<String> ids = new ArrayList<>();
        ids.add("i" + k);
        Watcher.State w = s.actor(Roles.STANDARD.watcher());
        for (VmmRow r : db.vmms()) {
            if (!r.instance().equals(inst)) {
                continue;
            }
            ids.add(r.id().toString());
            sb.append(r.id().n() <= instances ? "first " : "fresh ").append(r.state()).append(r.gen())
                    .append(r.deleted()).append(agentView(s.actor(Roles.STANDARD.agent()), r.id()));
            for (Watcher.Check c : w.checks()) {
                if (c.vmm().equals(r.id())) {
                    sb.append(c.snapshot()).append(c.awaitingSaga()).append(',');
                }
            }
            sb.append('|');
        }
        List<String> messages = new ArrayList<>();
        for (Envelope<Msg> e : s.network()) {
            Mention m = MENTIONS.computeIfAbsent(e.msg(), Mention::of);
            if (m.mentionsAny(ids)) {
                messages.add(e.src().index() + ">" + e.dst().index() + ":" + m.blanked());
            }
        }
        messages.sort(null);
        sb.append(messages);
        return sb.toString();
    }

    private static String agentView(Object agent, VmmId vmm) {
        if (agent instanceof SimAgent.State) {
            Vmm v = ((SimAgent.State) agent).find(vmm);
            return v == null ? "absent" : v.state() + "" + v.gen() + v.queue();
        }
        RealAgent.Runner r = ((RealAgent.State) agent).find(vmm);
        return r == null ? "absent" : r.vmm().state() + "" + r.vmm().gen() + r.vmm().queue() + r.publishingFinal() + r.heldGets();
    }

    /**
     * The ids a message's label mentions and the label with them blanked. Cached per message value:
     * a model has few distinct messages and the regex is the dear part of a signature.
     */
    private record Mention(List<String> ids, String blanked) {
        static Mention of(Msg msg) {
            String label = msg.label();
            List<String> ids = new ArrayList<>();
            Matcher m = ID.matcher(label);
            while (m.find()) {
                ids.add(m.group());
            }
            return new Mention(List.copyOf(ids), ID.matcher(label).replaceAll("$1*"));
        }

        boolean mentionsAny(List<String> names) {
            for (String id : ids) {
                if (names.contains(id)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final Map<Msg, Mention> MENTIONS = new ConcurrentHashMap<>();
}
