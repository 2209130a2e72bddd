package io.lockwatch.samples.lockorder;

import static io.lockwatch.samples.SampleThreads.runAlone;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Opposite lock orders where the inner acquisitions use {@code tryLock(100, MILLISECONDS)}: if the
 * two threads met, each would hold its first lock and wait up to 100 ms for the other's, then give
 * up. Not a deadlock, but a stall (and, retried in a loop, a livelock).
 *
 * <p>Lockwatch should report exactly one lock-order cycle, {@code kind} {@code stall}, {@code
 * severity} {@code medium}, whose two edges point at the marked lines with acquired mode {@code
 * timed}.
 */
public final class TimedTryLockCycle {
  // @expect:cycle(kind=stall,severity=medium,lockKind=lock,
  //     lockType=java.util.concurrent.locks.ReentrantLock)
  // @expect:summary(acquisitions>=4)
  static final ReentrantLock LOCK_A = new ReentrantLock();
  static final ReentrantLock LOCK_B = new ReentrantLock();

  private static int transfers;
  private static int timeouts;

  private TimedTryLockCycle() {}

  public static void main(String[] args) throws InterruptedException {
    runAlone("worker-1", TimedTryLockCycle::lockAThenTryB);
    runAlone("worker-2", TimedTryLockCycle::lockBThenTryA);
    System.out.println(
        "TimedTryLockCycle: done, " + transfers + " critical sections, " + timeouts + " timeouts");
  }

  private static void lockAThenTryB() {
    LOCK_A.lock(); // @expect:cycle-held(thread=worker-1)
    try {
      if (LOCK_B.tryLock(100, TimeUnit.MILLISECONDS)) { // @expect:cycle-acquired(thread=worker-1,
        //     mode=timed)
        try {
          transfers++;
        } finally {
          LOCK_B.unlock();
        }
      } else {
        timeouts++;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      LOCK_A.unlock();
    }
  }

  private static void lockBThenTryA() {
    LOCK_B.lock(); // @expect:cycle-held(thread=worker-2)
    try {
      if (LOCK_A.tryLock(100, TimeUnit.MILLISECONDS)) { // @expect:cycle-acquired(thread=worker-2,
        //     mode=timed)
        try {
          transfers++;
        } finally {
          LOCK_A.unlock();
        }
      } else {
        timeouts++;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      LOCK_B.unlock();
    }
  }
}
