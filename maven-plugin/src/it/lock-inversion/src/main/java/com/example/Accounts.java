package com.example;

/** Two accounts whose transfers take their locks in the order of the transfer: a deadlock. */
public final class Accounts {
  private final Object checking = new Object();
  private final Object savings = new Object();
  private long balance;

  public void toSavings() {
    synchronized (checking) {
      synchronized (savings) {
        balance++;
      }
    }
  }

  public void toChecking() {
    synchronized (savings) {
      synchronized (checking) {
        balance--;
      }
    }
  }
}
