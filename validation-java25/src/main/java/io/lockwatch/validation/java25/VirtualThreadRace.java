package io.lockwatch.validation.java25;

/**
 * Two virtual threads increment a plain field of a shared object without a lock: the racy twin of
 * {@link RecordQueueHandoff}.
 *
 * <p>Lockwatch should report exactly one unguarded field, {@code VirtualThreadRace$Counter.count},
 * raced by both virtual threads at the increment, with no lock held.
 */
public final class VirtualThreadRace {
  // @expect:race(field=VirtualThreadRace$Counter.count,observed=true)
  // @expect:option(races=on) @expect:summary(fieldAccesses>=2)

  /** Shared by both threads, guarded by nothing. */
  static final class Counter {
    int count;
  }

  private VirtualThreadRace() {}

  public static void main(String[] args) throws InterruptedException {
    Counter counter = new Counter();
    Runnable work =
        () -> {
          for (int i = 0; i < 1_000; i++) {
            counter.count++; // @expect:race-access(thread=counter-1+counter-2,locks=none)
          }
        };
    Thread one = Thread.ofVirtual().name("counter-1").unstarted(work);
    Thread two = Thread.ofVirtual().name("counter-2").unstarted(work);
    one.start();
    two.start();
    one.join();
    two.join();
    System.out.println("VirtualThreadRace: done, count " + counter.count + " (2000 without races)");
  }
}
