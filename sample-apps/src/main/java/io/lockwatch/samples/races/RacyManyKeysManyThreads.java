package io.lockwatch.samples.races;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The racy twin of {@link ManyKeysManyThreads}: the same 64 threads and 1,000 keys, but writer 0
 * credits its first account once more after publishing it. Among 32,000 ordered reads that one
 * write is the only race, and it must be found, with the busy shared map hiding nothing.
 *
 * <p>Lockwatch should report the balance, between writer 0's late write and some reader.
 */
public final class RacyManyKeysManyThreads {
  // @expect:race(field=RacyManyKeysManyThreads$Account.balance,observed=true)
  // @expect:option(races=on)
  // @expect:summary(fieldAccesses>=2)
  static final int ACCOUNTS = 1_000;
  static final int WRITERS = 32;
  static final int READERS = 32;

  /** An account with plain fields. */
  static final class Account {
    long balance;
  }

  private RacyManyKeysManyThreads() {}

  public static void main(String[] args) throws InterruptedException {
    ConcurrentHashMap<String, Account> directory = new ConcurrentHashMap<>();
    long[] sums = new long[READERS];
    List<Thread> threads = new ArrayList<>();
    for (int w = 0; w < WRITERS; w++) {
      int writer = w;
      threads.add(
          new Thread(
              () -> {
                for (int a = writer; a < ACCOUNTS; a += WRITERS) {
                  Account account = new Account();
                  account.balance = a;
                  directory.put("account-" + a, account);
                  if (a == 0) {
                    account.balance += 100; // @expect:race-access(thread=writer-0)
                  }
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
                  sums[reader] += account.balance; // @expect:race-access(thread=reader-*)
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
    System.out.println("RacyManyKeysManyThreads: done, first sum " + sums[0]);
  }
}
