package com.example;

import org.junit.jupiter.api.Test;

/** Each order on the test thread, in two tests: one thread, two code paths. */
class OppositeOrdersTest {
  private static final Ledger LEDGER = new Ledger();

  @Test
  void debit_then_credit() {
    LEDGER.debitThenCredit();
  }

  @Test
  void credit_then_debit() {
    LEDGER.creditThenDebit();
  }

  @Test
  void both_orders_in_one_test_on_one_thread_stay_silent() {
    Journal journal = new Journal();
    journal.reconcile();
    journal.reconcile(); // no first acquisitions any more: only the one thread keeps it silent
  }
}
