package io.lockwatch.samples.primitives;

import static io.lockwatch.samples.SampleThreads.runTogether;
import static io.lockwatch.samples.SampleThreads.thread;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * A clerk locks the ledger and then {@code take()}s the next order from an inbox queue, to record
 * it "atomically". {@code take()} blocks while the inbox is empty, and the ledger stays locked all
 * that time: anyone who needs the ledger first (an auditor, or a courier that logs the order before
 * posting it) would wait for the clerk, who waits for them. Here the courier posts without the
 * ledger, so the order arrives and the program ends.
 *
 * <p>Lockwatch should report exactly one wait hazard: {@code waitKind} {@code BlockingQueue.take},
 * {@code severity} {@code medium}, thread {@code clerk}, {@code lockHeld} naming the ledger, {@code
 * heldAt} and {@code waitSite} at the marked lines.
 */
public final class QueueTakeWhileLocked {
  // @expect:hazard(kind=BlockingQueue.take,severity=medium,thread=clerk,lockHeld=Ledger)
  // @expect:stdout(contains="1 order(s), 5 unit(s)")
  // @expect:summary(acquisitions>=1)

  /** An order; filled in before it is posted. */
  static final class Order {
    String item;
    int quantity;
  }

  /** The clerk's book of recorded orders, guarded by its monitor. */
  static final class Ledger {
    private int entries;
    private int units;

    void record(Order order) {
      entries++;
      units += order.quantity;
    }

    String summary() {
      synchronized (this) {
        return entries + " order(s), " + units + " unit(s)";
      }
    }
  }

  private QueueTakeWhileLocked() {}

  public static void main(String[] args) throws InterruptedException {
    BlockingQueue<Order> inbox = new ArrayBlockingQueue<>(4);
    Ledger ledger = new Ledger();
    Thread clerk =
        thread(
            "clerk",
            () -> {
              synchronized (ledger) { // @expect:hazard-held
                Order order = inbox.take(); // @expect:hazard-wait
                ledger.record(order);
              }
            });
    Thread courier =
        thread(
            "courier",
            () -> {
              Thread.sleep(30); // the clerk is already waiting, ledger locked
              Order order = new Order();
              order.item = "paper";
              order.quantity = 5;
              inbox.put(order); // @site:post
            });
    runTogether(clerk, courier);
    System.out.println("QueueTakeWhileLocked: done, the ledger has " + ledger.summary());
  }
}
