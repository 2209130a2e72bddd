package io.lockwatch.bench.workloads;

import java.util.concurrent.locks.ReentrantLock;

/**
 * Workload 4: many reads and writes of shared fields, every one under the lock that guards it (so a
 * race detector should find nothing). Each operation locks one of 32 accounts (its monitor) and
 * reads and writes its eight fields; every fourth operation also updates one of 8 statistics
 * objects under its {@link ReentrantLock} (six fields); one in 64 updates a static total under a
 * global monitor. Args: {@code --threads N --warmup S --seconds S}.
 */
public final class FieldHeavy {
  static final class Account {
    long balance;
    long version;
    long deposits;
    long withdrawals;
    int lastAmount;
    int flags;
    long checksum;
    long touchedBy;
  }

  static final class Stats {
    final ReentrantLock lock = new ReentrantLock();
    long count;
    long sum;
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    long last;
    int histogramBucket;
  }

  private static final Object TOTAL_LOCK = new Object();
  private static long totalOps;
  private static long totalAmount;

  public static void main(String[] argv) throws Exception {
    Args args = new Args(argv);
    int threads = args.integer("threads", 4);
    Account[] accounts = new Account[32];
    for (int i = 0; i < accounts.length; i++) {
      accounts[i] = new Account();
      accounts[i].balance = 1_000_000;
    }
    Stats[] stats = new Stats[8];
    for (int i = 0; i < stats.length; i++) {
      stats[i] = new Stats();
    }
    Control.Outcome out =
        Control.run(
            args,
            threads,
            (index, meter) -> {
              Control.Rng rng = new Control.Rng(index * 104729L + 3);
              do {
                for (int k = 0; k < 64; k++) {
                  int amount = rng.next(1000) - 500;
                  Account a = accounts[rng.next(accounts.length)];
                  synchronized (a) {
                    long before = a.balance;
                    a.balance = before + amount;
                    a.version = a.version + 1;
                    if (amount >= 0) {
                      a.deposits += amount;
                    } else {
                      a.withdrawals -= amount;
                    }
                    a.lastAmount = amount;
                    a.flags = (a.flags << 1) ^ (amount & 1);
                    a.checksum =
                        a.checksum * 31 + a.balance + a.version + a.deposits - a.withdrawals;
                    a.touchedBy = index;
                  }
                  if ((k & 3) == 0) {
                    Stats s = stats[rng.next(stats.length)];
                    s.lock.lock();
                    try {
                      s.count++;
                      s.sum += amount;
                      if (amount < s.min) {
                        s.min = amount;
                      }
                      if (amount > s.max) {
                        s.max = amount;
                      }
                      s.last = amount;
                      s.histogramBucket = (int) ((s.sum / s.count) & 15);
                    } finally {
                      s.lock.unlock();
                    }
                  }
                  if ((k & 63) == 0) {
                    synchronized (TOTAL_LOCK) {
                      totalOps += 64;
                      totalAmount += amount;
                    }
                  }
                }
              } while (meter.add(64));
            });
    long deposits = 0;
    long withdrawals = 0;
    long balance = 0;
    for (Account a : accounts) {
      synchronized (a) {
        deposits += a.deposits;
        withdrawals += a.withdrawals;
        balance += a.balance;
      }
    }
    if (balance != 32L * 1_000_000 + deposits - withdrawals) {
      throw new IllegalStateException("lost updates");
    }
    synchronized (TOTAL_LOCK) {
      if (totalOps == 0) {
        throw new IllegalStateException("no work done");
      }
    }
    Output.finish("field-heavy", threads, out.ops(), out.seconds());
  }
}
