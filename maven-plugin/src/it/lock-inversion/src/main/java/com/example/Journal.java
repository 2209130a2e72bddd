package com.example;

/** A journal reconciled by taking its two pages in one order, then in the other. */
public final class Journal {
  private final Object left = new Object();
  private final Object right = new Object();
  private int balance;

  public void reconcile() {
    synchronized (left) {
      synchronized (right) {
        balance++;
      }
    }
    synchronized (right) {
      synchronized (left) {
        balance--;
      }
    }
  }
}
