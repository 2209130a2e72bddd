package com.example;

import org.junit.jupiter.api.Test;

class TransferTest {
  @Test
  void transfers_both_ways() throws Exception {
    Accounts accounts = new Accounts();
    // one after the other: the run never deadlocks, the lock order predicts that it can
    Thread first = new Thread(accounts::toSavings, "teller-1");
    first.start();
    first.join();
    Thread second = new Thread(accounts::toChecking, "teller-2");
    second.start();
    second.join();
  }
}
