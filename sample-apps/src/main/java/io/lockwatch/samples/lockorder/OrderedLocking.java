package io.lockwatch.samples.lockorder;

import static io.lockwatch.samples.SampleThreads.runAlone;

/**
 * The fix for {@link UnorderedLocking}: every thread takes the two monitors in the same order,
 * {@code LOCK_A} before {@code LOCK_B}, so no thread can ever hold the lock another one needs while
 * waiting for one that thread holds.
 *
 * <p>Lockwatch should see the nested acquisitions (one lock-order edge, A before B) and report no
 * lock-order cycle.
 */
public final class OrderedLocking {
  // @expect:none
  // @expect:summary(acquisitions>=4,edges>=1,cyclesFound=0)
  static final Object LOCK_A = new Object();
  static final Object LOCK_B = new Object();

  private static int transfers;

  private OrderedLocking() {}

  public static void main(String[] args) throws InterruptedException {
    runAlone("worker-1", OrderedLocking::lockAThenB);
    runAlone("worker-2", OrderedLocking::lockAThenB);
    System.out.println("OrderedLocking: done, " + transfers + " critical sections");
  }

  private static void lockAThenB() {
    synchronized (LOCK_A) { // @site:outer
      synchronized (LOCK_B) { // @site:inner
        transfers++;
      }
    }
  }
}
