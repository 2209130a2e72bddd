package io.lockwatch.samples.jdk;

import java.util.List;
import java.util.Vector;

/**
 * The fix for {@link VectorForEach}: the reporter takes a snapshot of the vector and sums it under
 * the ledger lock afterwards, so the vector's monitor is never held while waiting for the ledger.
 * The clerk still adds while holding the ledger lock: one order, no cycle.
 *
 * <p>Lockwatch should find nothing.
 */
public final class VectorSnapshot {
  // @expect:none
  // @expect:option(jdk=on)
  // @expect:summary(acquisitions>=4,edges>=1)
  static final Object LEDGER = new Object();
  static final List<Integer> ORDERS = new Vector<>(List.of(3, 4));
  private static int total;

  private VectorSnapshot() {}

  public static void main(String[] args) throws InterruptedException {
    Threads.runAlone("reporter", VectorSnapshot::report);
    Threads.runAlone("clerk", VectorSnapshot::book);
    System.out.println("VectorSnapshot: done, total " + total + ", " + ORDERS.size() + " orders");
  }

  private static void report() {
    Object[] snapshot = ORDERS.toArray();
    synchronized (LEDGER) {
      for (Object amount : snapshot) {
        total += (Integer) amount;
      }
    }
  }

  private static void book() {
    synchronized (LEDGER) {
      ORDERS.add(5);
    }
  }
}
