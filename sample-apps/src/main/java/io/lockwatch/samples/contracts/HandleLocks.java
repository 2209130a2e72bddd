package io.lockwatch.samples.contracts;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A counter guarded by a {@code ReentrantLock} that the code never calls directly: one thread locks
 * through method handles it looked up ({@code findVirtual}, {@code unreflect}, as Groovy's dynamic
 * call sites do), the other through method references ({@code lock::lock}). The agent must see
 * those locks, for happens-before and for lock order alike.
 *
 * <p>Lockwatch should find nothing; its racy twin is {@link RacyHandleLocks}.
 */
public final class HandleLocks {
  // @expect:none
  // @expect:option(races=on)
  // @expect:summary(fieldAccesses>=2,acquisitions>=2000)
  // @expect:twin(target=RacyHandleLocks)
  static final int ROUNDS = 1_000;

  /** The guarded state. */
  static final class Counter {
    int value;
  }

  private HandleLocks() {}

  public static void main(String[] args) throws Throwable {
    ReentrantLock lock = new ReentrantLock();
    Counter counter = new Counter();
    MethodHandles.Lookup lookup = MethodHandles.lookup();
    MethodHandle lockIt =
        lookup.findVirtual(ReentrantLock.class, "lock", MethodType.methodType(void.class));
    MethodHandle unlockIt = lookup.unreflect(ReentrantLock.class.getMethod("unlock"));
    Runnable lockRef = lock::lock;
    Runnable unlockRef = lock::unlock;
    Thread viaHandles =
        new Thread(
            () -> {
              for (int i = 0; i < ROUNDS; i++) {
                try {
                  lockIt.invokeExact(lock);
                  counter.value++; // @site:under-handle
                  unlockIt.invokeExact(lock);
                } catch (Throwable t) {
                  throw new IllegalStateException(t);
                }
              }
            },
            "via-handles");
    Thread viaReferences =
        new Thread(
            () -> {
              for (int i = 0; i < ROUNDS; i++) {
                lockRef.run();
                counter.value++; // @site:under-reference
                unlockRef.run();
              }
            },
            "via-references");
    viaHandles.start();
    viaReferences.start();
    viaHandles.join();
    viaReferences.join();
    System.out.println("HandleLocks: done, counted " + counter.value);
  }
}
