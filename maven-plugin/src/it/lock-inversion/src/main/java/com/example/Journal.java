package com.example;

/** The same shape as Ledger, used by one test only. */
public final class Journal {
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
