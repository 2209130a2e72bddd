package io.lockwatch.samples.lockorder;

import io.lockwatch.samples.lockorder.BankTransferUnordered.Account;

/**
 * The fix for {@link BankTransferUnordered}: {@code transfer} always locks the account with the
 * lower id first, whichever way the money goes, so all threads agree on one global lock order. The
 * accounts and the tellers are those of {@link BankTransferUnordered}; only {@code transfer}
 * differs.
 *
 * <p>Lockwatch should see the nested acquisitions (edges from lower to higher ids only) and report
 * no lock-order cycle: the lock class {@code Account} is nested in itself, a site-level cycle that
 * needs a cycle of accounts behind it, and there is none.
 */
public final class BankTransferOrdered {
  // @expect:none
  // @expect:summary(acquisitions>=12,edges>=2,cyclesFound=1)
  // @expect:filtered(by=noInstanceCycle)

  private BankTransferOrdered() {}

  public static void main(String[] args) throws InterruptedException {
    long total = BankTransferUnordered.runTellers(BankTransferOrdered::transfer);
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
}
