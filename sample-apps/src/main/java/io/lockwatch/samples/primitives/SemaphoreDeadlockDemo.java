package io.lockwatch.samples.primitives;

import static io.lockwatch.samples.SampleThreads.runTogether;

import io.lockwatch.samples.SpinBarrier;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A real deadlock the JVM cannot see: one thread holds the only permit of a {@code Semaphore(1)}
 * and waits for a {@link ReentrantLock}; the other holds that lock and waits for the permit. A
 * permit has no owner, so {@code ThreadMXBean.findDeadlockedThreads()} finds nothing; Lockwatch's
 * own wait-for graph knows who took the permit. The program never ends on its own.
 *
 * <p>Run it only under Lockwatch with {@code onDeadlock=exit,watchdogMs=200}: the watchdog reports
 * the deadlock ({@code detectedBy} {@code agent}) with both threads and ends the JVM with exit code
 * 86. The report also has one wait hazard: the lock holder acquires a permit ({@code
 * Semaphore.acquire}) while holding the lock; and the lock-order cycle the deadlock is (each
 * thread's order is recorded when it asks, before it waits forever).
 */
public final class SemaphoreDeadlockDemo {
  // @expect:exit(code=86,within=30s)
  // @expect:deadlock(detectedBy=agent)
  // @expect:deadlocked(thread=permit-holder,holds=PRINTER,waitsFor=JOBS)
  // @expect:deadlocked(thread=lock-holder,holds=JOBS,waitsFor=PRINTER)
  // @expect:hazard(kind=Semaphore.acquire,severity=medium,thread=lock-holder,lockHeld=JOBS)
  // @expect:cycle(kind=deadlock,severity=high)
  // @expect:summary(acquisitions>=1)
  static final Semaphore PRINTER = new Semaphore(1);
  static final ReentrantLock JOBS = new ReentrantLock();

  /** Each thread spins there, holding its first resource, until both do. */
  private static final SpinBarrier BOTH_HOLD_THEIR_FIRST = new SpinBarrier(2);

  private SemaphoreDeadlockDemo() {}

  public static void main(String[] args) throws InterruptedException {
    Thread permitHolder = new Thread(SemaphoreDeadlockDemo::permitThenLock, "permit-holder");
    Thread lockHolder = new Thread(SemaphoreDeadlockDemo::lockThenPermit, "lock-holder");
    runTogether(permitHolder, lockHolder);
    System.out.println("SemaphoreDeadlockDemo: done (this line is never printed)");
  }

  private static void permitThenLock() {
    PRINTER.acquireUninterruptibly(); // @expect:cycle-held(thread=permit-holder)
    try {
      BOTH_HOLD_THEIR_FIRST.arriveAndSpin();
      JOBS.lock(); // @expect:cycle-acquired(thread=permit-holder)
      JOBS.unlock();
    } finally {
      PRINTER.release();
    }
  }

  private static void lockThenPermit() {
    JOBS.lock(); // @expect:hazard-held @expect:cycle-held(thread=lock-holder)
    try {
      BOTH_HOLD_THEIR_FIRST.arriveAndSpin();
      PRINTER.acquireUninterruptibly(); // @expect:hazard-wait @expect:cycle-acquired(
      // thread=lock-holder)
      PRINTER.release();
    } finally {
      JOBS.unlock();
    }
  }
}
