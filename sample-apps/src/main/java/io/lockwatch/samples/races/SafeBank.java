package io.lockwatch.samples.races;

import static io.lockwatch.samples.SampleThreads.numbered;
import static io.lockwatch.samples.SampleThreads.runTogether;

import java.util.concurrent.locks.ReentrantLock;

/**
 * The fix for {@link RaceProneBank}: the read-pause-write of a withdrawal happens while holding the
 * account's lock, so no teller can slip in between. The final balance is always right.
 *
 * <p>Lockwatch should find nothing in any section, and count the acquisitions.
 */
public final class SafeBank {
  // @expect:none
  // @expect:option(races=on)
  // @expect:summary(fieldsTracked>=1,fieldAccesses>=1,acquisitions>=4)
  // @expect:twin(target=RaceProneBank)
  static final int TELLERS = 4;
  static final long START = 1_000;
  static final long AMOUNT = 100;

  /** A bank account whose balance is guarded by its lock. */
  static final class Account {
    private final ReentrantLock lock = new ReentrantLock();
    private long balance;

    Account(long balance) {
      this.balance = balance;
    }

    void withdraw(long amount) throws InterruptedException {
      lock.lock(); // @site:lock
      try {
        long current = balance; // @site:read-balance
        Thread.sleep(1);
        balance = current - amount; // @site:write-balance
      } finally {
        lock.unlock();
      }
    }

    long balance() {
      lock.lock();
      try {
        return balance;
      } finally {
        lock.unlock();
      }
    }
  }

  private SafeBank() {}

  public static void main(String[] args) throws InterruptedException {
    Account account = new Account(START);
    runTogether(numbered("teller-", TELLERS, () -> account.withdraw(AMOUNT)));
    System.out.println("SafeBank: done, final balance " + account.balance());
  }
}
