package io.lockwatch.it.programs;

/** Shared by the JVM-ending programs: one lock-order cycle, taken by two threads in turn. */
public final class Locking {
  private static final Object FIRST = new Object();
  private static final Object SECOND = new Object();

  private Locking() {}

  /** Takes the two locks in both orders, in two threads one after the other. */
  public static void oppositeOrders() throws InterruptedException {
    Thread one = new Thread(() -> nest(FIRST, SECOND), "first-then-second");
    one.start();
    one.join();
    Thread two = new Thread(() -> nest(SECOND, FIRST), "second-then-first");
    two.start();
    two.join();
  }

  private static void nest(Object outer, Object inner) {
    synchronized (outer) {
      synchronized (inner) {
        outer.hashCode();
      }
    }
  }
}
