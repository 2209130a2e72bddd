package io.lockwatch.samples.lockorder;

import static io.lockwatch.samples.SampleThreads.runAlone;

/**
 * The textbook potential deadlock: two threads take the same two monitors in opposite orders.
 *
 * <p>{@code worker-1} takes {@code LOCK_A} then {@code LOCK_B}; {@code worker-2} takes {@code
 * LOCK_B} then {@code LOCK_A}. Had they run at the same time, each could hold its first lock and
 * wait forever for the other's. Here they run one after the other, so the program always finishes,
 * and the hazard is only there to be predicted.
 *
 * <p>Lockwatch should report exactly one lock-order cycle, {@code kind} {@code deadlock}, {@code
 * severity} {@code high}, whose two edges point at the marked lines.
 */
public final class UnorderedLocking {
  // @expect:cycle(kind=deadlock,severity=high,lockKind=monitor,lockType=java.lang.Object)
  // @expect:summary(acquisitions>=4)
  static final Object LOCK_A = new Object();
  static final Object LOCK_B = new Object();

  private static int transfers;

  private UnorderedLocking() {}

  public static void main(String[] args) throws InterruptedException {
    runAlone("worker-1", UnorderedLocking::lockAThenB);
    runAlone("worker-2", UnorderedLocking::lockBThenA);
    System.out.println("UnorderedLocking: done, " + transfers + " critical sections");
  }

  private static void lockAThenB() {
    synchronized (LOCK_A) { // @expect:cycle-held(thread=worker-1,lock=LOCK_A)
      synchronized (LOCK_B) { // @expect:cycle-acquired(thread=worker-1,mode=exclusive,lock=LOCK_B)
        transfers++;
      }
    }
  }

  private static void lockBThenA() {
    synchronized (LOCK_B) { // @expect:cycle-held(thread=worker-2)
      synchronized (LOCK_A) { // @expect:cycle-acquired(thread=worker-2,mode=exclusive)
        transfers++;
      }
    }
  }
}
