package dev.sledcheck.stress.lincheck;

import dev.sledcheck.model.omicron.OmicronProperty;
import dev.sledcheck.stress.omicron.Findings;
import dev.sledcheck.stress.races.CheckerAnswer;
import dev.sledcheck.stress.races.Race;
import java.util.Set;

/**
 * Lincheck subject classes (Lincheck builds each invocation's object itself): one per race judging
 * S1v-S4, and one judging S1v alone for each race where the checker finds a spurious Failed VMM row
 * (the race's signature; a Failed instance follows from it, so S1v is the question to ask).
 */
public final class Subjects {
    private Subjects() {}

    private static final Set<OmicronProperty> S1V = Set.of(OmicronProperty.S1v);

    /**
     * Whether the checker finds S1v-S4 broken in {@code race} under same-thread delivery: then
     * Lincheck must find it too ({@link LincheckFindsTest}), else find nothing ({@link LincheckNoneFoundTest}).
     */
    static boolean broken(Race race) {
        return !CheckerAnswer.of(race).sameThreadViolated().isEmpty();
    }

    /** The subject of {@code race} that judges S1v alone. */
    public static Class<? extends RaceSubject> s1v(Race race) {
        switch (race) {
            case SEED_SIM_BUG:
                return SeedSimBugS1v.class;
            case SEED_REAL_PRE:
                return SeedRealPreS1v.class;
            case SEED_GEN_LE:
                return SeedGenLeS1v.class;
            case STOP_SIM_FIX:
                return StopSimFixS1v.class;
            case DUP_REAL_PRE:
                return DupRealPreS1v.class;
            default:
                throw new IllegalArgumentException("no S1v subject for " + race + " (add one if the checker finds S1v broken)");
        }
    }

    public static Class<? extends RaceSubject> of(Race race) {
        switch (race) {
            case SEED_SIM_BUG:
                return SeedSimBug.class;
            case SEED_SIM_FIX:
                return SeedSimFix.class;
            case SEED_REAL_PRE:
                return SeedRealPre.class;
            case SEED_REAL_FIX:
                return SeedRealFix.class;
            case SEED_SIM_FIX_SKIP_TERMINAL:
                return SeedSimFixSkipTerminal.class;
            case SEED_GEN_LE:
                return SeedGenLe.class;
            case STOP_SIM_FIX:
                return StopSimFix.class;
            case STOP_SIM_FIX_STOP_GUARD:
                return StopSimFixStopGuard.class;
            case DUP_REAL_PRE:
                return DupRealPre.class;
            case DUP_REAL_FIX:
                return DupRealFix.class;
            default:
                throw new IllegalArgumentException("no subject for " + race);
        }
    }

    public static final class SeedSimBug extends RaceSubject {
        public SeedSimBug() {
            super(Race.SEED_SIM_BUG, Findings.JUDGED);
        }
    }

    public static final class SeedSimFix extends RaceSubject {
        public SeedSimFix() {
            super(Race.SEED_SIM_FIX, Findings.JUDGED);
        }
    }

    public static final class SeedRealPre extends RaceSubject {
        public SeedRealPre() {
            super(Race.SEED_REAL_PRE, Findings.JUDGED);
        }
    }

    public static final class SeedRealFix extends RaceSubject {
        public SeedRealFix() {
            super(Race.SEED_REAL_FIX, Findings.JUDGED);
        }
    }

    public static final class SeedSimFixSkipTerminal extends RaceSubject {
        public SeedSimFixSkipTerminal() {
            super(Race.SEED_SIM_FIX_SKIP_TERMINAL, Findings.JUDGED);
        }
    }

    public static final class SeedGenLe extends RaceSubject {
        public SeedGenLe() {
            super(Race.SEED_GEN_LE, Findings.JUDGED);
        }
    }

    public static final class StopSimFix extends RaceSubject {
        public StopSimFix() {
            super(Race.STOP_SIM_FIX, Findings.JUDGED);
        }
    }

    public static final class StopSimFixStopGuard extends RaceSubject {
        public StopSimFixStopGuard() {
            super(Race.STOP_SIM_FIX_STOP_GUARD, Findings.JUDGED);
        }
    }

    public static final class SeedSimBugS1v extends RaceSubject {
        public SeedSimBugS1v() {
            super(Race.SEED_SIM_BUG, S1V);
        }
    }

    public static final class SeedRealPreS1v extends RaceSubject {
        public SeedRealPreS1v() {
            super(Race.SEED_REAL_PRE, S1V);
        }
    }

    public static final class SeedGenLeS1v extends RaceSubject {
        public SeedGenLeS1v() {
            super(Race.SEED_GEN_LE, S1V);
        }
    }

    public static final class StopSimFixS1v extends RaceSubject {
        public StopSimFixS1v() {
            super(Race.STOP_SIM_FIX, S1V);
        }
    }

    public static final class DupRealPre extends RaceSubject {
        public DupRealPre() {
            super(Race.DUP_REAL_PRE, Findings.JUDGED);
        }
    }

    public static final class DupRealFix extends RaceSubject {
        public DupRealFix() {
            super(Race.DUP_REAL_FIX, Findings.JUDGED);
        }
    }

    public static final class DupRealPreS1v extends RaceSubject {
        public DupRealPreS1v() {
            super(Race.DUP_REAL_PRE, S1V);
        }
    }
}
