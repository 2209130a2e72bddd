package io.lockwatch.it.programs;

/** Ends with an exception thrown out of main. */
public final class UncaughtInMain {
  public static void main(String[] args) throws Exception {
    Locking.oppositeOrders();
    throw new IllegalStateException("main gives up");
  }
}
