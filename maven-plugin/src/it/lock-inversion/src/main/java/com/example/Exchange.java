package com.example;

/** An exchange whose trades take cash and stock in the order of the trade: a deadlock. */
public final class Exchange {
  private final Object cash = new Object();
  private final Object stock = new Object();
  private int trades;

  public void buy(int lots) {
    synchronized (cash) {
      synchronized (stock) {
        trades += lots;
      }
    }
  }

  public void sell(int lots) {
    synchronized (stock) {
      synchronized (cash) {
        trades -= lots;
      }
    }
  }
}
