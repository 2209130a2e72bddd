package io.lockwatch.samples.lockclasses;

import static io.lockwatch.samples.SampleThreads.runAlone;

/**
 * Two lock classes taken in opposite orders, but on different objects: the order service locks an
 * account then its ledger, the audit locks another ledger then another account. No cycle of this
 * run's objects, yet the code has one: on the same account and ledger, the two paths deadlock.
 * Lockwatch reports it as predicted, one severity below a cycle of real objects.
 */
public final class CrossInstanceOrders {
  // @expect:cycle(kind=deadlock,severity=medium,predicted=true)
  // @expect:summary(acquisitions>=4)

  /** An account; its monitor guards its balance. */
  static final class Account {
    long balance = 100;
  }

  /** A ledger; its monitor guards its lines. */
  static final class Ledger {
    int lines;
  }

  private CrossInstanceOrders() {}

  public static void main(String[] args) throws InterruptedException {
    Account alice = new Account();
    Ledger alicesLedger = new Ledger();
    Account bob = new Account();
    Ledger bobsLedger = new Ledger();
    runAlone("order-service", () -> post(alice, alicesLedger));
    runAlone("auditor", () -> audit(bobsLedger, bob));
    System.out.println("CrossInstanceOrders: done");
  }

  static void post(Account account, Ledger ledger) {
    synchronized (account) { // @expect:cycle-held(thread=order-service)
      synchronized (ledger) { // @expect:cycle-acquired(thread=order-service)
        account.balance--;
        ledger.lines++;
      }
    }
  }

  static void audit(Ledger ledger, Account account) {
    synchronized (ledger) { // @expect:cycle-held(thread=auditor)
      synchronized (account) { // @expect:cycle-acquired(thread=auditor)
        ledger.lines += (int) account.balance;
      }
    }
  }
}
