package io.lockwatch.samples.lockclasses;

import static io.lockwatch.samples.SampleThreads.runAlone;

import java.util.concurrent.Semaphore;

/**
 * The twin of {@link SemaphoreBulkhead} with a semaphore of one permit: a mutex. Both code paths
 * take it first, so only one of them is ever inside, and the opposite orders of the two monitors
 * cannot meet: the cycle is gated.
 */
public final class SemaphoreMutexGate {
  // @expect:none
  // @expect:summary(acquisitions>=6)
  // @expect:filtered(by=gateLock)
  static final Semaphore MUTEX = new Semaphore(1);
  static final Object ORDERS = new Object();
  static final Object STOCK = new Object();

  private SemaphoreMutexGate() {}

  public static void main(String[] args) throws InterruptedException {
    runAlone("order-worker", SemaphoreMutexGate::placeOrder);
    runAlone("stock-worker", SemaphoreMutexGate::restock);
    System.out.println("SemaphoreMutexGate: done");
  }

  private static void placeOrder() {
    MUTEX.acquireUninterruptibly();
    try {
      synchronized (ORDERS) {
        synchronized (STOCK) {
          Thread.onSpinWait();
        }
      }
    } finally {
      MUTEX.release();
    }
  }

  private static void restock() {
    MUTEX.acquireUninterruptibly();
    try {
      synchronized (STOCK) {
        synchronized (ORDERS) {
          Thread.onSpinWait();
        }
      }
    } finally {
      MUTEX.release();
    }
  }
}
