package io.lockwatch.agent.runtime.race;

/**
 * Which executions of an access site a thread checks under {@code races=sample} (after LiteRace,
 * Marino, Musuvathi and Narayanasamy, PLDI 2009): the first {@value #COLD} executions of each site
 * in each thread, all of them (races hide in cold code, which runs too rarely to be sampled), then
 * bursts of {@value #BURST} consecutive executions in every {@value #PERIOD} (a race in hot code
 * happens again and again; a burst, not a scatter, lets both sides of a racy loop be checked at
 * once). Synchronization is never sampled, so a race reported is as real as with {@code races=on};
 * what sampling costs is recall only, and the report says how many accesses it skipped.
 *
 * <p>Counts live in a small direct-mapped table per thread (a site shares its slot with others
 * whose numbers agree in the low bits; a site that takes a slot over starts cold again, which only
 * checks more): no shared write, no allocation after the first sampled access.
 */
final class AccessSampling {
  static final int COLD = 1_000;
  static final int PERIOD = 1_024;
  static final int BURST = 16;
  private static final int SLOTS = 512;

  private AccessSampling() {}

  /** Whether this execution of {@code site} by {@code thread} is checked. */
  static boolean checks(ThreadAccesses thread, int site) {
    int[] sites = thread.sampledSites;
    int[] runs = thread.sampledRuns;
    if (sites == null) {
      sites = thread.sampledSites = new int[SLOTS];
      runs = thread.sampledRuns = new int[SLOTS];
    }
    int slot = site & (SLOTS - 1);
    if (sites[slot] != site) {
      sites[slot] = site;
      runs[slot] = 0;
    }
    int run = runs[slot];
    if (run < COLD) {
      runs[slot] = run + 1;
      return true;
    }
    int phase = (run - COLD) & (PERIOD - 1);
    runs[slot] = COLD + ((phase + 1) & (PERIOD - 1));
    if (phase < BURST) {
      return true;
    }
    thread.accessesSkipped++;
    return false;
  }
}
