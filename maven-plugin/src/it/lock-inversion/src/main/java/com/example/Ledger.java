package com.example;

/** A ledger whose two books are locked in either order, depending on the entry. */
public final class Ledger {
  private final Object debits = new Object();
  private final Object credits = new Object();
  private int entries;

  public void debitThenCredit() {
    synchronized (debits) {
      synchronized (credits) {
        entries++;
      }
    }
  }

  public void creditThenDebit() {
    synchronized (credits) {
      synchronized (debits) {
        entries++;
      }
    }
  }
}
