package io.lockwatch.samples.jdk;

import java.util.List;
import java.util.Vector;

/**
 * A cycle through a {@code Vector}'s monitor: {@code forEach} runs its action while holding the
 * vector's monitor, and this action takes the ledger lock; the clerk holds the ledger lock while it
 * adds an order. Run at the same time, each can hold its first lock and wait forever for the
 * other's.
 *
 * <p>Lockwatch should report exactly one lock-order cycle: the reporter's edge from the {@code
 * forEach} call to the action's {@code synchronized}, the clerk's at its lines. The fix is {@link
 * VectorSnapshot}.
 */
public final class VectorForEach {
  // @expect:cycle(kind=deadlock,severity=high,lockKind=monitor)
  // @expect:option(jdk=on)
  // @expect:summary(acquisitions>=4,edges>=2)
  static final Object LEDGER = new Object();
  static final List<Integer> ORDERS = new Vector<>(List.of(3, 4));
  private static int total;

  private VectorForEach() {}

  public static void main(String[] args) throws InterruptedException {
    Threads.runAlone("reporter", VectorForEach::report);
    Threads.runAlone("clerk", VectorForEach::book);
    System.out.println("VectorForEach: done, total " + total + ", " + ORDERS.size() + " orders");
  }

  private static void report() {
    ORDERS.forEach( // @expect:cycle-held(thread=reporter,lock=Vector)
        amount -> {
          synchronized (LEDGER) { // @expect:cycle-acquired(thread=reporter,lock=LEDGER)
            total += amount;
          }
        });
  }

  private static void book() {
    synchronized (LEDGER) { // @expect:cycle-held(thread=clerk,lock=LEDGER)
      ORDERS.add(5); // @expect:cycle-acquired(thread=clerk,lock=Vector)
    }
  }
}
