package io.lockwatch.samples.races;

import static io.lockwatch.samples.SampleThreads.runTogether;

/**
 * Locking, but not with the same lock: the restocker updates the stock level while holding the
 * warehouse's {@code RESTOCK_LOCK}, the seller while holding {@code SALES_LOCK}. Each access holds
 * a lock, yet they have none in common, so nothing keeps the two threads apart.
 *
 * <p>Lockwatch should report exactly one unguarded field, {@code TwoLocksOneField$Inventory.stock},
 * {@code observedRace} true, whose two accesses hold different locks: one names {@code
 * RESTOCK_LOCK}, the other {@code SALES_LOCK}.
 */
public final class TwoLocksOneField {
  // @expect:race(field=TwoLocksOneField$Inventory.stock,observed=true)
  // @expect:option(races=on)
  // @expect:summary(acquisitions>=100)
  static final Object RESTOCK_LOCK = new Object();
  static final Object SALES_LOCK = new Object();
  public static final int ROUNDS = 50;

  /** The stock level, meant to be guarded by "a lock". */
  static final class Inventory {
    int stock = 100;
  }

  private TwoLocksOneField() {}

  public static void main(String[] args) throws InterruptedException {
    Inventory inventory = new Inventory();
    Thread restocker =
        new Thread(
            () -> {
              for (int i = 0; i < ROUNDS; i++) {
                synchronized (RESTOCK_LOCK) { // @site:restock-lock
                  inventory.stock += 2; // @expect:race-access(thread=restocker,locks=RESTOCK_LOCK)
                }
                pause();
              }
            },
            "restocker");
    Thread seller =
        new Thread(
            () -> {
              for (int i = 0; i < ROUNDS; i++) {
                synchronized (SALES_LOCK) { // @site:sell-lock
                  inventory.stock -= 1; // @expect:race-access(thread=seller,locks=SALES_LOCK)
                }
                pause();
              }
            },
            "seller");
    runTogether(restocker, seller);
    System.out.println("TwoLocksOneField: done, stock " + inventory.stock);
  }

  private static void pause() {
    try {
      Thread.sleep(0, 100_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
