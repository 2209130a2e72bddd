package io.lockwatch.samples.contracts;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The racy twin of {@link HandleLocks}: the handle thread locks as before, the other thread forgets
 * to lock at all. Seeing the handle's lock must not make the agent believe both are guarded.
 *
 * <p>Lockwatch should report the counter, between the marked accesses.
 */
public final class RacyHandleLocks {
  // @expect:race(field=RacyHandleLocks$Counter.value,observed=true)
  // @expect:option(races=on)
  // @expect:summary(fieldAccesses>=2)
  static final int ROUNDS = 1_000;

  /** The state that should be guarded. */
  static final class Counter {
    int value;
  }

  private RacyHandleLocks() {}

  public static void main(String[] args) throws Throwable {
    ReentrantLock lock = new ReentrantLock();
    Counter counter = new Counter();
    MethodHandle lockIt =
        MethodHandles.lookup()
            .findVirtual(ReentrantLock.class, "lock", MethodType.methodType(void.class));
    Runnable unlockRef = lock::unlock;
    Thread locking =
        new Thread(
            () -> {
              for (int i = 0; i < ROUNDS; i++) {
                try {
                  lockIt.invokeExact(lock);
                } catch (Throwable t) {
                  throw new IllegalStateException(t);
                }
                counter.value++; // @expect:race-access(thread=locking)
                unlockRef.run();
              }
            },
            "locking");
    Thread careless =
        new Thread(
            () -> {
              for (int i = 0; i < ROUNDS; i++) {
                counter.value++; // @expect:race-access(thread=careless,locks=none)
              }
            },
            "careless");
    locking.start();
    careless.start();
    locking.join();
    careless.join();
    System.out.println("RacyHandleLocks: done, counted " + counter.value);
  }
}
