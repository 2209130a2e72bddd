package io.lockwatch.samples.lockorder;

import java.util.List;

/**
 * The fix for {@link BankTransferUnordered}: {@code transfer} always locks the account with the
 * lower id first, whichever way the money goes, so all threads agree on one global lock order.
 *
 * <p>Lockwatch should see the nested acquisitions (edges from lower to higher ids only) and report
 * no lock-order cycle: the lock class {@code Account} is nested in itself, a site-level cycle that
 * needs a cycle of accounts behind it, and there is none.
 */
public final class BankTransferOrdered {
  // @expect:none
  // @expect:summary(acquisitions>=12,edges>=2,cyclesFound=1)
  // @expect:filtered(by=noInstanceCycle)

  /** A bank account; its own monitor guards its balance. */
  static final class Account {
    final int id;
    long balance;

    Account(int id, long balance) {
      this.id = id;
      this.balance = balance;
    }
  }

  private BankTransferOrdered() {}

  public static void main(String[] args) throws InterruptedException {
    List<Account> accounts =
        List.of(new Account(0, 100), new Account(1, 100), new Account(2, 100), new Account(3, 100));
    Account a0 = accounts.get(0);
    Account a1 = accounts.get(1);
    Account a2 = accounts.get(2);
    Account a3 = accounts.get(3);

    runAlone(
        "teller-1",
        () -> {
          transfer(a0, a1, 30);
          transfer(a2, a3, 20);
        });
    runAlone(
        "teller-2",
        () -> {
          transfer(a1, a0, 10);
          transfer(a3, a2, 5);
        });

    long total = 0;
    for (Account account : accounts) {
      synchronized (account) {
        total += account.balance;
      }
    }
    System.out.println("BankTransferOrdered: done, total balance " + total);
  }

  /** Moves money between two accounts, locking them in id order whatever the direction. */
  static void transfer(Account from, Account to, long amount) {
    Account first = from.id < to.id ? from : to;
    Account second = first == from ? to : from;
    synchronized (first) { // @site:transfer-first
      synchronized (second) { // @site:transfer-second
        if (from.balance >= amount) {
          from.balance -= amount;
          to.balance += amount;
        }
      }
    }
  }

  private static void runAlone(String name, Runnable work) throws InterruptedException {
    Thread thread = new Thread(work, name);
    thread.start();
    thread.join();
  }
}
