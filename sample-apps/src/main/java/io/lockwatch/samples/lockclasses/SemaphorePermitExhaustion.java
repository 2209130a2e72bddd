package io.lockwatch.samples.lockclasses;

import static io.lockwatch.samples.SampleThreads.runAlone;

import java.util.concurrent.Semaphore;

/**
 * A cycle through a semaphore of three permits: one thread holds a permit and waits for a lock;
 * another holds the lock and waits for a permit. It waits only if all three permits are taken, so
 * this is stuck only when two more threads hold the other permits at the same time: a permit
 * exhaustion, reported low, saying how many holders it needs.
 */
public final class SemaphorePermitExhaustion {
  // @expect:cycle(kind=permit-exhaustion,severity=low,detail="3 holders")
  // @expect:hazard(kind=Semaphore.acquire,severity=medium,thread=lock-holder)
  // @expect:summary(acquisitions>=4)
  static final Semaphore CONNECTIONS = new Semaphore(3);
  static final Object REGISTRY = new Object();

  private SemaphorePermitExhaustion() {}

  public static void main(String[] args) throws InterruptedException {
    runAlone("permit-holder", SemaphorePermitExhaustion::permitThenLock);
    runAlone("lock-holder", SemaphorePermitExhaustion::lockThenPermit);
    System.out.println("SemaphorePermitExhaustion: done");
  }

  private static void permitThenLock() {
    CONNECTIONS.acquireUninterruptibly(); // @expect:cycle-held(thread=permit-holder)
    try {
      synchronized (REGISTRY) { // @expect:cycle-acquired(thread=permit-holder)
        Thread.onSpinWait();
      }
    } finally {
      CONNECTIONS.release();
    }
  }

  private static void lockThenPermit() {
    synchronized (REGISTRY) { // @expect:cycle-held(thread=lock-holder) @expect:hazard-held
      CONNECTIONS.acquireUninterruptibly(); // @expect:hazard-wait @expect:cycle-acquired(
      // thread=lock-holder)
      CONNECTIONS.release();
    }
  }
}
