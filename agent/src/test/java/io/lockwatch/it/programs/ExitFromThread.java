package io.lockwatch.it.programs;

/** Calls System.exit(3) from another thread while main is still running. */
public final class ExitFromThread {
  public static void main(String[] args) throws Exception {
    Locking.oppositeOrders();
    Thread exiter = new Thread(() -> System.exit(3), "exiter");
    exiter.start();
    Thread.sleep(60_000);
  }
}
