package io.lockwatch.it.programs;

/** Prints one line and ends normally. */
public final class Quiet {
  public static void main(String[] args) throws Exception {
    Locking.oppositeOrders();
    System.out.println("done");
  }
}
