package io.lockwatch.samples.lockclasses;

import static io.lockwatch.samples.SampleThreads.runAlone;

import java.util.Random;

/**
 * A thousand accounts, two tellers, twenty thousand random transfers each, locking source then
 * target. The tellers run one after the other, so the program finishes; among their transfers some
 * pairs of accounts were locked both ways round: the bank deadlock, many times over.
 *
 * <p>Lockwatch should report exactly one finding for the one code path, counting its instance
 * cycles, however many accounts there are.
 */
public final class ManyAccountsUnordered {
  // @expect:cycle(kind=deadlock,severity=high,minOccurrences=2,lockKind=monitor)
  // @expect:summary(acquisitions>=40000)
  static final int ACCOUNTS = 1000;
  static final int TRANSFERS = 20_000;

  /** A bank account; its monitor guards its balance. */
  static final class Account {
    long balance = 100;
  }

  private ManyAccountsUnordered() {}

  public static void main(String[] args) throws InterruptedException {
    Account[] accounts = new Account[ACCOUNTS];
    for (int i = 0; i < ACCOUNTS; i++) {
      accounts[i] = new Account();
    }
    runAlone("teller-1", () -> transferAtRandom(accounts, new Random(1)));
    runAlone("teller-2", () -> transferAtRandom(accounts, new Random(2)));
    long total = 0;
    for (Account account : accounts) {
      total += account.balance;
    }
    System.out.println("ManyAccountsUnordered: done, total " + total);
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
    synchronized (from) { // @expect:cycle-held(thread=teller-1+teller-2)
      synchronized (to) { // @expect:cycle-acquired(thread=teller-1+teller-2,mode=exclusive)
        from.balance--;
        to.balance++;
      }
    }
  }
}
