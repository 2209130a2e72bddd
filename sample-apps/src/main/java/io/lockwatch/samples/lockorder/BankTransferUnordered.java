package io.lockwatch.samples.lockorder;

import static io.lockwatch.samples.SampleThreads.runAlone;

import java.util.List;

/**
 * The bank-transfer deadlock: {@code transfer(from, to)} locks the source account, then the target.
 * A transfer from X to Y and a simultaneous one from Y to X each take one account and wait for the
 * other.
 *
 * <p>Two tellers run one after the other: {@code teller-1} moves money 0 → 1 and 2 → 3, {@code
 * teller-2} moves it back 1 → 0 and 3 → 2. That makes two instance cycles (accounts 0 and 1,
 * accounts 2 and 3), both built from the same two lines of code.
 *
 * <p>Lockwatch should report exactly one lock-order cycle, {@code kind} {@code deadlock}, {@code
 * severity} {@code high}, with {@code occurrences} 2: one finding per code path, however many
 * account pairs took it, that counts them.
 */
public final class BankTransferUnordered {
  // @expect:cycle(kind=deadlock,severity=high,occurrences=2,lockKind=monitor,lockName=Account,
  //     lockType=io.lockwatch.samples.lockorder.BankTransferUnordered$Account)
  // @expect:summary(acquisitions>=12)

  /** A bank account; its own monitor guards its balance. */
  static final class Account {
    final int id;
    long balance;

    Account(int id, long balance) {
      this.id = id;
      this.balance = balance;
    }
  }

  /** How a teller moves money: all that this sample and {@link BankTransferOrdered} do apart. */
  interface Transfer {
    void move(Account from, Account to, long amount);
  }

  private BankTransferUnordered() {}

  public static void main(String[] args) throws InterruptedException {
    long total = runTellers(BankTransferUnordered::transfer);
    System.out.println("BankTransferUnordered: done, total balance " + total);
  }

  /**
   * Opens four accounts, lets {@code teller-1} and then {@code teller-2} move money with {@code
   * transfer}, and returns the total balance.
   */
  static long runTellers(Transfer transfer) throws InterruptedException {
    List<Account> accounts =
        List.of(new Account(0, 100), new Account(1, 100), new Account(2, 100), new Account(3, 100));
    Account a0 = accounts.get(0);
    Account a1 = accounts.get(1);
    Account a2 = accounts.get(2);
    Account a3 = accounts.get(3);

    runAlone(
        "teller-1",
        () -> {
          transfer.move(a0, a1, 30);
          transfer.move(a2, a3, 20);
        });
    runAlone(
        "teller-2",
        () -> {
          transfer.move(a1, a0, 10);
          transfer.move(a3, a2, 5);
        });

    long total = 0;
    for (Account account : accounts) {
      synchronized (account) {
        total += account.balance;
      }
    }
    return total;
  }

  /**
   * Moves money between two accounts, locking source then target: the order depends on the call.
   */
  static void transfer(Account from, Account to, long amount) {
    synchronized (from) { // @expect:cycle-held(thread=teller-1+teller-2)
      synchronized (to) { // @expect:cycle-acquired(thread=teller-1+teller-2,mode=exclusive)
        if (from.balance >= amount) {
          from.balance -= amount;
          to.balance += amount;
        }
      }
    }
  }
}
