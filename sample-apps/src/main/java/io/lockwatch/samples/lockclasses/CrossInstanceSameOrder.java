package io.lockwatch.samples.lockclasses;

import static io.lockwatch.samples.SampleThreads.runAlone;

/**
 * The twin of {@link CrossInstanceOrders}: both paths lock the account before the ledger, on
 * different objects. One order between the two lock classes: nothing to predict.
 */
public final class CrossInstanceSameOrder {
  // @expect:none
  // @expect:summary(acquisitions>=4,edges>=2)

  /** An account; its monitor guards its balance. */
  static final class Account {
    long balance = 100;
  }

  /** A ledger; its monitor guards its lines. */
  static final class Ledger {
    int lines;
  }

  private CrossInstanceSameOrder() {}

  public static void main(String[] args) throws InterruptedException {
    Account alice = new Account();
    Ledger alicesLedger = new Ledger();
    Account bob = new Account();
    Ledger bobsLedger = new Ledger();
    runAlone("order-service", () -> post(alice, alicesLedger));
    runAlone("auditor", () -> audit(bob, bobsLedger));
    System.out.println("CrossInstanceSameOrder: done");
  }

  static void post(Account account, Ledger ledger) {
    synchronized (account) {
      synchronized (ledger) {
        account.balance--;
        ledger.lines++;
      }
    }
  }

  static void audit(Account account, Ledger ledger) {
    synchronized (account) {
      synchronized (ledger) {
        ledger.lines += (int) account.balance;
      }
    }
  }
}
