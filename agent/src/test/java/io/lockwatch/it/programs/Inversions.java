package io.lockwatch.it.programs;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Two threads that take two locks in opposite orders, once each, at moments that almost never
 * overlap: alpha at once, beta {@code 300 ms} later, each holding both for a moment. A plain run
 * never deadlocks; steered, it does.
 *
 * <p>Arguments: the kind of lock ({@code monitors}, {@code locks}, {@code semaphores}, {@code
 * read-write}, {@code accounts}: an account then its ledger, and a ledger then its account, each
 * object of a class made at one site, or {@code upgrade}: each thread tries, with a timeout, to
 * upgrade its read lock of one table), the schedule ({@code concurrent}: both threads run at once;
 * {@code joined}: beta starts only after alpha was joined, so the two orders can never meet; {@code
 * one-thread}: main takes both orders itself, one after the other, as two tests on one thread do)
 * and, optionally, {@code pool-of-1}, {@code pool-of-2}: both orders as tasks of a fixed pool of
 * that size, 300 ms apart) and flags: {@code gated} (both threads take a common gate lock first,
 * which makes the inversion harmless), {@code distinct} (kind {@code accounts}: beta transfers
 * between two other accounts, so only the classes form a cycle, not this run's objects), {@code
 * rounds=N} (each thread takes its order N times) and {@code exit=N} (the program's own exit code).
 */
public final class Inversions {
  private static final Object A = new Object();
  private static final Object B = new Object();
  private static final ReentrantLock LOCK_A = new ReentrantLock();
  private static final ReentrantLock LOCK_B = new ReentrantLock();
  private static final Semaphore PERMIT_A = new Semaphore(1);
  private static final Semaphore PERMIT_B = new Semaphore(1);
  private static final ReentrantReadWriteLock TABLE_A = new ReentrantReadWriteLock();
  private static final ReentrantReadWriteLock TABLE_B = new ReentrantReadWriteLock();
  private static final Object GATE = new Object();
  private static final Semaphore GATE_PERMIT = new Semaphore(1);
  private static final Account[] ACCOUNTS = accounts(2);
  private static final Ledger[] LEDGERS = ledgers(2);
  private static int work;
  private static boolean distinct;
  private static boolean permitGate;

  private Inversions() {}

  public static void main(String[] args) throws Exception {
    String kind = args[0];
    String schedule = args[1];
    List<String> flags = List.of(args).subList(2, args.length);
    boolean gated = flags.contains("gated");
    distinct = flags.contains("distinct");
    permitGate = flags.contains("permit");
    int rounds = intFlag(flags, "rounds=", 1);
    Runnable forward = () -> repeat(rounds, () -> step(kind, true, gated));
    Runnable backward = () -> repeat(rounds, () -> step(kind, false, gated));
    switch (schedule) {
      case "one-thread" -> {
        forward.run();
        backward.run();
      }
      case "pool-of-1", "pool-of-2" ->
          pooled(schedule.equals("pool-of-1") ? 1 : 2, forward, backward);
      default -> threads(schedule.equals("joined"), forward, backward);
    }
    System.out.println("done " + work);
    System.exit(intFlag(flags, "exit=", 0));
  }

  private static void threads(boolean joined, Runnable forward, Runnable backward)
      throws InterruptedException {
    Thread alpha = new Thread(forward, "alpha");
    Thread beta =
        new Thread(
            () -> {
              pause(300);
              backward.run();
            },
            "beta");
    alpha.start();
    if (joined) {
      alpha.join();
    }
    beta.start();
    alpha.join();
    beta.join();
  }

  /** Both orders as tasks of a fixed pool, submitted 300 ms apart. */
  private static void pooled(int workers, Runnable forward, Runnable backward) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    try {
      Future<?> first = pool.submit(forward);
      pause(300);
      Future<?> second = pool.submit(backward);
      first.get();
      second.get();
    } finally {
      pool.shutdown();
    }
  }

  private static void repeat(int rounds, Runnable body) {
    for (int i = 0; i < rounds; i++) {
      body.run();
    }
  }

  private static int intFlag(List<String> flags, String prefix, int otherwise) {
    for (String flag : flags) {
      if (flag.startsWith(prefix)) {
        return Integer.parseInt(flag.substring(prefix.length()));
      }
    }
    return otherwise;
  }

  private static void step(String kind, boolean forward, boolean gated) {
    if (!gated) {
      inverted(kind, forward);
    } else if (permitGate) {
      GATE_PERMIT.acquireUninterruptibly();
      try {
        inverted(kind, forward);
      } finally {
        GATE_PERMIT.release();
      }
    } else {
      synchronized (GATE) {
        inverted(kind, forward);
      }
    }
  }

  private static void inverted(String kind, boolean forward) {
    try {
      switch (kind) {
        case "monitors" -> {
          if (forward) {
            monitorsForward();
          } else {
            monitorsBackward();
          }
        }
        case "locks" -> locks(forward ? LOCK_A : LOCK_B, forward ? LOCK_B : LOCK_A);
        case "semaphores" ->
            semaphores(forward ? PERMIT_A : PERMIT_B, forward ? PERMIT_B : PERMIT_A);
        case "read-write" -> readWrite(forward ? TABLE_A : TABLE_B, forward ? TABLE_B : TABLE_A);
        case "upgrade" -> upgrade(TABLE_A);
        case "accounts" -> {
          int pair = distinct && !forward ? 1 : 0;
          if (forward) {
            post(ACCOUNTS[pair], LEDGERS[pair]);
          } else {
            audit(LEDGERS[pair], ACCOUNTS[pair]);
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void monitorsForward() {
    synchronized (A) {
      synchronized (B) {
        work++;
      }
    }
  }

  private static void monitorsBackward() {
    synchronized (B) {
      synchronized (A) {
        work++;
      }
    }
  }

  private static void locks(ReentrantLock first, ReentrantLock second) {
    first.lock();
    try {
      second.lock();
      try {
        work++;
      } finally {
        second.unlock();
      }
    } finally {
      first.unlock();
    }
  }

  private static void semaphores(Semaphore first, Semaphore second) throws InterruptedException {
    first.acquire();
    try {
      second.acquire();
      try {
        work++;
      } finally {
        second.release();
      }
    } finally {
      first.release();
    }
  }

  /** The write lock of one table, then the read lock of the other: a writer blocks the reader. */
  private static void readWrite(ReentrantReadWriteLock first, ReentrantReadWriteLock second) {
    first.writeLock().lock();
    try {
      second.readLock().lock();
      try {
        work++;
      } finally {
        second.readLock().unlock();
      }
    } finally {
      first.writeLock().unlock();
    }
  }

  /**
   * The read lock, then a timed try for the write lock, which never succeeds: the reader is one.
   */
  private static void upgrade(ReentrantReadWriteLock table) throws InterruptedException {
    table.readLock().lock();
    try {
      if (table.writeLock().tryLock(50, TimeUnit.MILLISECONDS)) {
        work++;
        table.writeLock().unlock();
      }
    } finally {
      table.readLock().unlock();
    }
  }

  /** An account, then its ledger. */
  private static void post(Account account, Ledger ledger) {
    synchronized (account) {
      synchronized (ledger) {
        account.balance--;
        ledger.entries++;
        work++;
      }
    }
  }

  /** A ledger, then its account: the other order. */
  private static void audit(Ledger ledger, Account account) {
    synchronized (ledger) {
      synchronized (account) {
        ledger.entries += account.balance == 0 ? 0 : 1;
        work++;
      }
    }
  }

  private static final class Account {
    int balance = 100;
  }

  private static final class Ledger {
    int entries;
  }

  private static Account[] accounts(int count) {
    Account[] accounts = new Account[count];
    for (int i = 0; i < count; i++) {
      accounts[i] = new Account();
    }
    return accounts;
  }

  private static Ledger[] ledgers(int count) {
    Ledger[] ledgers = new Ledger[count];
    for (int i = 0; i < count; i++) {
      ledgers[i] = new Ledger();
    }
    return ledgers;
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
