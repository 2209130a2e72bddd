package io.lockwatch.samples.lockclasses;

import static io.lockwatch.samples.SampleThreads.runAlone;

import java.util.Random;

/**
 * The correct twin of {@link ManyAccountsUnordered}: the same thousand accounts and random
 * transfers, locking the account with the lower number first, whichever way the money goes. The
 * lock class {@code Account} is nested in itself, but no two accounts are ever locked both ways
 * round, so there is no deadlock to report.
 */
public final class ManyAccountsOrdered {
  // @expect:none
  // @expect:summary(acquisitions>=40000)
  // @expect:filtered(by=noInstanceCycle)
  static final int ACCOUNTS = 1000;
  static final int TRANSFERS = 20_000;

  /** A bank account with its number; its monitor guards its balance. */
  static final class Account {
    final int id;
    long balance = 100;

    Account(int id) {
      this.id = id;
    }
  }

  private ManyAccountsOrdered() {}

  public static void main(String[] args) throws InterruptedException {
    Account[] accounts = new Account[ACCOUNTS];
    for (int i = 0; i < ACCOUNTS; i++) {
      accounts[i] = new Account(i);
    }
    runAlone("teller-1", () -> transferAtRandom(accounts, new Random(1)));
    runAlone("teller-2", () -> transferAtRandom(accounts, new Random(2)));
    long total = 0;
    for (Account account : accounts) {
      total += account.balance;
    }
    System.out.println("ManyAccountsOrdered: done, total " + total);
  }

  private static void transferAtRandom(Account[] accounts, Random random) {
    for (int n = 0; n < TRANSFERS; n++) {
      int from = random.nextInt(ACCOUNTS);
      int to = random.nextInt(ACCOUNTS);
      if (from != to) {
        transfer(accounts[from], accounts[to]);
      }
    }
  }

  static void transfer(Account from, Account to) {
    Account first = from.id < to.id ? from : to;
    Account second = first == from ? to : from;
    synchronized (first) {
      synchronized (second) {
        from.balance--;
        to.balance++;
      }
    }
  }
}
