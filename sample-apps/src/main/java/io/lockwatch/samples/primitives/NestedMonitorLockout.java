package io.lockwatch.samples.primitives;

import static io.lockwatch.samples.SampleThreads.thread;

/**
 * The nested-monitor lockout: a thread calls {@code wait()} on an inner monitor while it still
 * holds an outer one. {@code wait()} releases only the monitor it waits on, so the outer one stays
 * locked, and the thread that would {@code notify} it has to take the outer monitor first: it
 * blocks, and nobody ever wakes the waiter.
 *
 * <p>A post office has one {@code counter} (the outer monitor, serving every customer) and a letter
 * {@code slot} (the inner monitor). The {@code customer} waits at the counter for a letter in the
 * slot; the {@code postman} needs the counter to put the letter in. Here the customer's patience is
 * limited ({@code wait} with a timeout), so after it gives up the postman gets through and the
 * program ends; without the timeout both would hang forever.
 *
 * <p>Lockwatch should report exactly one wait hazard: {@code waitKind} {@code Object.wait}, {@code
 * severity} {@code medium} (the wait is timed; an untimed one is high), thread {@code customer},
 * {@code lockHeld} naming the counter, {@code heldAt} and {@code waitSite} at the marked lines.
 */
public final class NestedMonitorLockout {
  // @expect:hazard(kind=Object.wait,severity=medium,thread=customer,lockHeld=counter)
  // @expect:stdout(contains="gave up (locked out)")
  // @expect:summary(acquisitions>=1)
  static final long PATIENCE_MILLIS = 300;

  /** What the customer and the postman do at a post office, whatever it locks. */
  interface Office {
    /** Waits at the counter for a letter, at most {@code patienceMillis}; null if none came. */
    String collect(long patienceMillis) throws InterruptedException;

    /** Puts a letter in the slot. */
    void deliver(String text);

    /** True once the customer is inside {@link #collect}. */
    boolean customerWaiting();

    /** The letter in the slot, or null. */
    String letter();
  }

  /** A post office where collecting a letter keeps the counter locked while waiting. */
  static final class PostOffice implements Office {
    private final Object counter = new Object();
    private final Object slot = new Object();
    private String letter; // guarded by slot
    private volatile boolean customerWaiting;

    @Override
    public String collect(long patienceMillis) throws InterruptedException {
      synchronized (counter) { // @expect:hazard-held
        synchronized (slot) { // @site:inner
          long deadline = System.nanoTime() + patienceMillis * 1_000_000;
          customerWaiting = true;
          while (letter == null) {
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
              return null;
            }
            slot.wait(left); // @expect:hazard-wait
          }
          return letter;
        }
      }
    }

    /** Needs the counter, which the waiting customer holds. */
    @Override
    public void deliver(String text) {
      synchronized (counter) { // @site:deliver-outer
        synchronized (slot) { // @site:deliver-inner
          letter = text;
          slot.notifyAll();
        }
      }
    }

    @Override
    public boolean customerWaiting() {
      return customerWaiting;
    }

    @Override
    public String letter() {
      synchronized (slot) {
        return letter;
      }
    }
  }

  private NestedMonitorLockout() {}

  public static void main(String[] args) throws InterruptedException {
    System.out.println("NestedMonitorLockout: done, the customer " + visit(new PostOffice()));
  }

  /**
   * The {@code customer} comes to collect a letter; once it waits, the {@code postman} comes to
   * deliver one. Says what the customer got and what the postman delivered.
   */
  static String visit(Office office) throws InterruptedException {
    StringBuilder outcome = new StringBuilder();
    Thread customer =
        thread(
            "customer",
            () -> {
              String got = office.collect(PATIENCE_MILLIS);
              synchronized (outcome) {
                outcome.append(got == null ? "gave up (locked out)" : "got " + got);
              }
            });
    Thread postman = new Thread(() -> office.deliver("a letter"), "postman");
    customer.start();
    while (!office.customerWaiting()) {
      Thread.onSpinWait();
    }
    postman.start(); // blocks at the counter until the customer gives up
    customer.join();
    postman.join();
    synchronized (outcome) {
      return outcome
          + " after "
          + PATIENCE_MILLIS
          + " ms; the postman then delivered "
          + office.letter();
    }
  }
}
