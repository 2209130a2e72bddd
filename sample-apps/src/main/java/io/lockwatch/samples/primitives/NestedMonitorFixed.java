package io.lockwatch.samples.primitives;

import static io.lockwatch.samples.SampleThreads.runTogether;
import static io.lockwatch.samples.SampleThreads.thread;

/**
 * The fix for {@link NestedMonitorLockout}: the {@code customer} uses the {@code counter} only to
 * register, releases it, and then waits on the letter {@code slot} holding nothing else. The {@code
 * postman} takes the counter to log the delivery, releases it, then fills the slot and notifies.
 * Nobody waits holding a lock that the notifier needs, so the customer waits without a timeout and
 * always gets the letter.
 *
 * <p>Lockwatch should find nothing in any section, and count the acquisitions.
 */
public final class NestedMonitorFixed {
  // @expect:none
  // @expect:summary(acquisitions>=4)

  /** A post office where nobody waits at the counter. */
  static final class PostOffice {
    private final Object counter = new Object();
    private final Object slot = new Object();
    private int customersServed; // guarded by counter
    private int lettersDelivered; // guarded by counter
    private String letter; // guarded by slot

    String collect() throws InterruptedException {
      synchronized (counter) { // @site:register
        customersServed++;
      }
      synchronized (slot) { // @site:slot
        while (letter == null) {
          slot.wait(); // @site:wait
        }
        return letter;
      }
    }

    void deliver(String text) {
      synchronized (counter) { // @site:log-delivery
        lettersDelivered++;
      }
      synchronized (slot) { // @site:fill-slot
        letter = text;
        slot.notifyAll();
      }
    }

    String counts() {
      synchronized (counter) {
        return customersServed + " customer served, " + lettersDelivered + " letter delivered";
      }
    }
  }

  private NestedMonitorFixed() {}

  public static void main(String[] args) throws InterruptedException {
    PostOffice office = new PostOffice();
    StringBuilder outcome = new StringBuilder();
    Thread customer =
        thread(
            "customer",
            () -> {
              String got = office.collect();
              synchronized (outcome) {
                outcome.append(got);
              }
            });
    Thread postman =
        thread(
            "postman",
            () -> {
              Thread.sleep(30); // the customer is usually waiting by now
              office.deliver("a letter");
            });
    runTogether(customer, postman);
    synchronized (outcome) {
      System.out.println(
          "NestedMonitorFixed: done, the customer got " + outcome + " (" + office.counts() + ")");
    }
  }
}
