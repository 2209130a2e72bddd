package io.lockwatch.samples.lockclasses;

import static io.lockwatch.samples.SampleThreads.runAlone;

import java.util.concurrent.Semaphore;

/**
 * A bulkhead of ten permits around code that takes two monitors in opposite orders. Ten callers can
 * be inside the bulkhead together, so it keeps nobody apart: two of them can still deadlock on the
 * monitors. (A semaphore of one permit would be a mutex, and gate the two orders: see {@link
 * SemaphoreMutexGate}.)
 */
public final class SemaphoreBulkhead {
  // @expect:cycle(kind=deadlock,severity=high,lockKind=monitor)
  // @expect:summary(acquisitions>=6)
  static final Semaphore BULKHEAD = new Semaphore(10);
  static final Object ORDERS = new Object();
  static final Object STOCK = new Object();

  private SemaphoreBulkhead() {}

  public static void main(String[] args) throws InterruptedException {
    runAlone("order-worker", SemaphoreBulkhead::placeOrder);
    runAlone("stock-worker", SemaphoreBulkhead::restock);
    System.out.println("SemaphoreBulkhead: done");
  }

  private static void placeOrder() {
    BULKHEAD.acquireUninterruptibly();
    try {
      synchronized (ORDERS) { // @expect:cycle-held(thread=order-worker)
        synchronized (STOCK) { // @expect:cycle-acquired(thread=order-worker)
          Thread.onSpinWait();
        }
      }
    } finally {
      BULKHEAD.release();
    }
  }

  private static void restock() {
    BULKHEAD.acquireUninterruptibly();
    try {
      synchronized (STOCK) { // @expect:cycle-held(thread=stock-worker)
        synchronized (ORDERS) { // @expect:cycle-acquired(thread=stock-worker)
          Thread.onSpinWait();
        }
      }
    } finally {
      BULKHEAD.release();
    }
  }
}
