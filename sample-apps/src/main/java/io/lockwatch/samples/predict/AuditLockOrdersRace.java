package io.lockwatch.samples.predict;

import static io.lockwatch.samples.SampleThreads.runTogether;
import static io.lockwatch.samples.SampleThreads.thread;

/**
 * The twin of {@link AuditLockHidesRace} whose critical sections really conflict: both threads
 * count their entries in one shared audit log under {@code AUDIT}. The teller's section reads the
 * count the admin's section wrote, so every correct reordering of this run (each read sees the same
 * write) keeps the admin's section first, and with it the write of the limit before the read.
 * Lockwatch should report nothing, with {@code races=on} and with {@code races=predict}.
 */
public final class AuditLockOrdersRace {
  // @expect:none
  // @expect:option(races=on)
  // @expect:summary(acquisitions>=2,fieldAccesses>=2)
  // @expect:none(run=predict)
  // @expect:option(races=predict,run=predict)
  // @expect:summary(acquisitions>=2,run=predict)
  // @expect:twin(target=AuditLockHidesRace-predict)
  static final Object AUDIT = new Object();

  /** The shared setting: no lock guards it. */
  static final class Limits {
    int limit = 100;
  }

  /** The audit log both threads write: guarded by {@code AUDIT}. */
  static final class AuditLog {
    int count;
  }

  private AuditLockOrdersRace() {}

  public static void main(String[] args) throws InterruptedException {
    Limits limits = new Limits();
    AuditLog log = new AuditLog();
    int[] seen = new int[1];
    Thread admin =
        thread(
            "admin",
            () -> {
              limits.limit = 500;
              synchronized (AUDIT) { // @site:admin-audit
                log.count++;
              }
            });
    Thread teller =
        thread(
            "teller",
            () -> {
              Thread.sleep(400);
              synchronized (AUDIT) { // @site:teller-audit
                log.count++;
              }
              seen[0] = limits.limit;
            });
    runTogether(admin, teller);
    System.out.println("AuditLockOrdersRace: done, teller saw limit " + seen[0]);
  }
}
