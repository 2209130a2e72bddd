package io.lockwatch.samples.lockorder;

import static io.lockwatch.samples.SampleThreads.runAlone;

import java.util.concurrent.locks.ReentrantLock;

/**
 * {@link UnorderedLocking} with {@code java.util.concurrent} locks instead of monitors: a stock
 * keeper locks {@code STOCK} then {@code ORDERS}, an order clerk locks {@code ORDERS} then {@code
 * STOCK}. {@code ReentrantLock.lock()} blocks exactly like {@code synchronized}, so the same
 * deadlock is possible.
 *
 * <p>Lockwatch should report exactly one lock-order cycle, {@code kind} {@code deadlock}, {@code
 * severity} {@code high}, whose two edges point at the marked lines.
 */
public final class UnorderedReentrantLocks {
  // @expect:cycle(kind=deadlock,severity=high,lockKind=lock,
  //     lockType=java.util.concurrent.locks.ReentrantLock)
  // @expect:summary(acquisitions>=4)
  static final ReentrantLock STOCK = new ReentrantLock();
  static final ReentrantLock ORDERS = new ReentrantLock();

  private static int itemsInStock = 10;
  private static int openOrders = 3;

  private UnorderedReentrantLocks() {}

  public static void main(String[] args) throws InterruptedException {
    runAlone("worker-1", UnorderedReentrantLocks::restock);
    runAlone("worker-2", UnorderedReentrantLocks::fulfilOrder);
    System.out.println(
        "UnorderedReentrantLocks: done, stock " + itemsInStock + ", open orders " + openOrders);
  }

  /** Takes STOCK, then ORDERS. */
  private static void restock() {
    STOCK.lock(); // @expect:cycle-held(thread=worker-1,lock=STOCK)
    try {
      ORDERS.lock(); // @expect:cycle-acquired(thread=worker-1,mode=exclusive,lock=ORDERS)
      try {
        itemsInStock += openOrders;
      } finally {
        ORDERS.unlock();
      }
    } finally {
      STOCK.unlock();
    }
  }

  /** Takes ORDERS, then STOCK: the opposite order. */
  private static void fulfilOrder() {
    ORDERS.lock(); // @expect:cycle-held(thread=worker-2)
    try {
      STOCK.lock(); // @expect:cycle-acquired(thread=worker-2,mode=exclusive)
      try {
        itemsInStock--;
        openOrders--;
      } finally {
        STOCK.unlock();
      }
    } finally {
      ORDERS.unlock();
    }
  }
}
