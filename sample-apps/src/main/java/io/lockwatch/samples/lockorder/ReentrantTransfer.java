package io.lockwatch.samples.lockorder;

import static io.lockwatch.samples.SampleThreads.numbered;
import static io.lockwatch.samples.SampleThreads.runTogether;

import java.util.concurrent.locks.ReentrantLock;

/**
 * Re-entrant locking is not a lock-order hazard: a thread that already holds a lock takes it again
 * without blocking, so taking it again orders nothing.
 *
 * <p>{@link Account#transfer} moves money between the checking and savings balances of one account:
 * it locks the account and, inside, calls {@link Account#withdraw} and {@link Account#deposit},
 * which lock the same {@code ReentrantLock} again. {@link Purse} does the same with {@code
 * synchronized} methods calling other {@code synchronized} methods of the same object. Three
 * threads move money back and forth at the same time; no operation ever holds two objects' locks.
 *
 * <p>Lockwatch should see the acquisitions, record no lock-order edge and report no lock-order
 * cycle.
 */
public final class ReentrantTransfer {
  // @expect:none
  // @expect:summary(acquisitions>=90,edges=0,cyclesFound=0)

  /** The two balances of an account. */
  enum Pocket {
    CHECKING,
    SAVINGS
  }

  /** An account whose balances are guarded by one re-entrant lock. */
  static final class Account {
    private final ReentrantLock lock = new ReentrantLock();
    private final long[] balances = new long[Pocket.values().length];

    Account(long checking) {
      balances[Pocket.CHECKING.ordinal()] = checking;
    }

    /** Moves money from one balance to the other, atomically: nobody sees it half-moved. */
    boolean transfer(Pocket from, Pocket to, long amount) {
      lock.lock(); // @site:transfer-lock
      try {
        if (!withdraw(from, amount)) {
          return false;
        }
        deposit(to, amount);
        return true;
      } finally {
        lock.unlock();
      }
    }

    boolean withdraw(Pocket pocket, long amount) {
      lock.lock(); // @site:withdraw-lock
      try {
        if (balances[pocket.ordinal()] < amount) {
          return false;
        }
        balances[pocket.ordinal()] -= amount;
        return true;
      } finally {
        lock.unlock();
      }
    }

    void deposit(Pocket pocket, long amount) {
      lock.lock(); // @site:deposit-lock
      try {
        balances[pocket.ordinal()] += amount;
      } finally {
        lock.unlock();
      }
    }

    long total() {
      lock.lock();
      try {
        return balances[Pocket.CHECKING.ordinal()] + balances[Pocket.SAVINGS.ordinal()];
      } finally {
        lock.unlock();
      }
    }
  }

  /** The same design with monitors: synchronized methods calling synchronized methods. */
  static final class Purse {
    private long cash;
    private long saved;

    Purse(long cash) {
      this.cash = cash;
    }

    synchronized boolean save(long amount) { // @site:purse-save
      if (!spend(amount)) {
        return false;
      }
      keep(amount);
      return true;
    }

    synchronized boolean spend(long amount) { // @site:purse-spend
      if (cash < amount) {
        return false;
      }
      cash -= amount;
      return true;
    }

    synchronized void keep(long amount) { // @site:purse-keep
      saved += amount;
    }

    synchronized long total() {
      return cash + saved;
    }
  }

  private ReentrantTransfer() {}

  public static void main(String[] args) throws InterruptedException {
    Account account = new Account(1_000);
    Purse purse = new Purse(1_000);

    runTogether(
        numbered(
            "saver-",
            3,
            () -> {
              for (int n = 0; n < 10; n++) {
                account.transfer(Pocket.CHECKING, Pocket.SAVINGS, 20);
                account.transfer(Pocket.SAVINGS, Pocket.CHECKING, 5);
                purse.save(10);
              }
            }));
    System.out.println(
        "ReentrantTransfer: done, account total "
            + account.total()
            + ", purse total "
            + purse.total());
  }
}
