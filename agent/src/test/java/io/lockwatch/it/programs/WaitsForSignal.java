package io.lockwatch.it.programs;

/** Takes its locks, says "ready", then sleeps until it is killed. */
public final class WaitsForSignal {
  public static void main(String[] args) throws Exception {
    Locking.oppositeOrders();
    System.out.println("ready");
    System.out.flush();
    Thread.sleep(120_000);
  }
}
