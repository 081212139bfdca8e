/**
 * jcstress tests, one per {@link dev.sledcheck.stress.races.Race}: two jcstress threads (a 2-core
 * machine cannot schedule three, and jcstress then runs nothing), each running one operation of
 * the race to completion on the threaded runtime, and an arbiter reading Nexus's history into an
 * {@code LL_Result} ({@code Failed/7, S1v S1i S3 S4}). Every outcome the checker finds reachable under
 * same-thread delivery is named, ACCEPTABLE when it breaks nothing and ACCEPTABLE_INTERESTING
 * when it does; a spurious Failed the checker proves unreachable is named FORBIDDEN, and so is
 * every outcome not named. {@code JcstressOutcomesTest} keeps the names equal to the checker's.
 * The classes repeat one shape because jcstress's processor reads only a test's own methods.
 */
package dev.sledcheck.stress.jcstress;
