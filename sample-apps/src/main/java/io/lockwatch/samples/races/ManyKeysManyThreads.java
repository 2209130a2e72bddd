package io.lockwatch.samples.races;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * A shared directory at real size: 32 writer threads each build accounts (plain fields) and publish
 * them in one {@code ConcurrentHashMap} under their own keys, 1,000 accounts in all, while 32
 * reader threads look every account up, spin until it is there, and read it; every lookup also
 * bumps a shared {@code LongAdder}. 64 threads, 1,000 keys, one map and one counter: each read is
 * ordered by the put of its own key, nothing else is needed, and the shared map and counter must
 * order nothing else.
 *
 * <p>Lockwatch should find nothing; its racy twin is {@link RacyManyKeysManyThreads}.
 */
public final class ManyKeysManyThreads {
  // @expect:none
  // @expect:option(races=on)
  // @expect:summary(fieldAccesses>=32000)
  // @expect:twin(target=RacyManyKeysManyThreads)
  static final int ACCOUNTS = 1_000;
  static final int WRITERS = 32;
  static final int READERS = 32;

  /** An account with plain fields. */
  static final class Account {
    String owner;
    long balance;
  }

  private ManyKeysManyThreads() {}

  public static void main(String[] args) throws InterruptedException {
    ConcurrentHashMap<String, Account> directory = new ConcurrentHashMap<>();
    LongAdder lookups = new LongAdder();
    long[] sums = new long[READERS];
    List<Thread> threads = new ArrayList<>();
    for (int w = 0; w < WRITERS; w++) {
      int writer = w;
      threads.add(
          new Thread(
              () -> {
                for (int a = writer; a < ACCOUNTS; a += WRITERS) {
                  Account account = new Account();
                  account.owner = "owner-" + a; // @site:build
                  account.balance = a;
                  directory.put("account-" + a, account);
                }
              },
              "writer-" + w));
    }
    for (int r = 0; r < READERS; r++) {
      int reader = r;
      threads.add(
          new Thread(
              () -> {
                for (int a = 0; a < ACCOUNTS; a++) {
                  Account account;
                  while ((account = directory.get("account-" + a)) == null) {
                    Thread.onSpinWait();
                  }
                  lookups.increment();
                  sums[reader] += account.balance; // @site:read
                }
              },
              "reader-" + r));
    }
    for (Thread thread : threads) {
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    System.out.println(
        "ManyKeysManyThreads: done, " + lookups.sum() + " lookups, first sum " + sums[0]);
  }
}
