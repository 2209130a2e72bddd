package io.lockwatch.samples.predict;

import static io.lockwatch.samples.SampleThreads.runTogether;
import static io.lockwatch.samples.SampleThreads.thread;

/**
 * A race hidden behind an incidental lock order. The {@code admin} thread raises the shared limit
 * with no lock, then records an audit entry under {@code AUDIT}; the {@code teller} thread, later,
 * records its own audit entry under {@code AUDIT} and reads the limit with no lock. In this run the
 * teller's section follows the admin's, so happens-before orders the write before the read and
 * {@code races=on} (rightly) reports nothing. But the two sections touch no common field (each
 * thread counts its own entries): a correct reordering runs the teller's section first, and then
 * the write and the read of {@code limit} are side by side. {@code races=predict} (WCP) reports
 * that race as predicted, naming {@code AUDIT} as the lock that ordered it.
 *
 * <p>The teller waits with {@code Thread.sleep}, which orders nothing: the only order between the
 * two threads is the lock's.
 */
public final class AuditLockHidesRace {
  // @expect:none
  // @expect:option(races=on)
  // @expect:summary(acquisitions>=2,fieldAccesses>=2)
  // @expect:race(field=AuditLockHidesRace$Limits.limit,observed=false,run=predict)
  // @expect:option(races=predict,run=predict)
  // @expect:summary(acquisitions>=2,run=predict)
  static final Object AUDIT = new Object();

  /** The shared setting: no lock guards it. */
  static final class Limits {
    int limit = 100;
  }

  /** One thread's own audit count: only its thread touches it. */
  static final class Entries {
    int count;
  }

  private AuditLockHidesRace() {}

  public static void main(String[] args) throws InterruptedException {
    Limits limits = new Limits();
    Entries adminEntries = new Entries();
    Entries tellerEntries = new Entries();
    int[] seen = new int[1];
    Thread admin =
        thread(
            "admin",
            () -> {
              limits.limit = 500; // @expect:race-write(thread=admin,locks=none,run=predict)
              synchronized (AUDIT) { // @site:admin-audit
                adminEntries.count++;
              }
            });
    Thread teller =
        thread(
            "teller",
            () -> {
              Thread.sleep(400); // orders nothing; in this run the admin is done by then
              synchronized (AUDIT) { // @site:teller-audit
                tellerEntries.count++;
              }
              seen[0] = limits.limit; // @expect:race-read(thread=teller,locks=none,run=predict)
            });
    runTogether(admin, teller);
    System.out.println("AuditLockHidesRace: done, teller saw limit " + seen[0]);
  }
}
