package io.lockwatch.agent.report;

import io.lockwatch.agent.runtime.support.SiteInfo;
import io.lockwatch.report.fingerprint.CycleFingerprint;
import io.lockwatch.report.model.Site;
import java.util.Collection;
import java.util.TreeSet;

/**
 * The stable ids of findings, built from code sites only: independent of object identities, of
 * thread names and timing, and of the JVM, so the same finding has the same id in every run.
 */
public final class Fingerprints {
  private Fingerprints() {}

  /** A race, per field: which two accesses a run catches first varies. */
  static String race(String qualifiedField) {
    return "race:" + CycleFingerprint.hash(qualifiedField);
  }

  /** A wait hazard: where the thread waits, and where it took the lock it holds. */
  static String hazard(SiteInfo waitSite, SiteInfo heldAt) {
    return "hazard:"
        + CycleFingerprint.hash(Sites.of(waitSite).key() + "|" + Sites.of(heldAt).key());
  }

  /** An observed deadlock: the places where its threads wait. */
  static String deadlock(Collection<Site> waitPoints) {
    TreeSet<String> keys = new TreeSet<>();
    for (Site site : waitPoints) {
      keys.add(site.key());
    }
    return "deadlock:" + CycleFingerprint.hash(String.join("|", keys));
  }
}
