package io.lockwatch.bench.workloads;

import java.util.ArrayList;
import java.util.List;

/**
 * Workload 8: the deadlock engine at scale. Like {@link ReportSize} it prints {@code END
 * epochMillis=<t>} last and returns, so the harness's exit time is the time to analyse and write
 * the report. Two shapes ({@code --mode}):
 *
 * <ul>
 *   <li>{@code accounts}: {@code --accounts} accounts (monitors), {@code --threads} tellers, each
 *       making {@code --transfers} transfers between two random accounts, locking the source and
 *       then the target: one lock class nested in itself, a lock-order cycle among almost every
 *       pair of accounts, and exactly one finding.
 *   <li>{@code late-cycle}: {@code --locks} monitors, {@code --threads} threads that together take
 *       {@code --acquisitions} nested pairs over {@code --edges} distinct pairs, always the lower
 *       index first (no cycle); then one pair taken the other way round, from another site: the one
 *       cycle, which forms last.
 * </ul>
 */
public final class DeadlockScale {
  /** Reachable until exit, so no lock is collected and no edge pruned. */
  static Object[] locks;

  private static long balance;

  private DeadlockScale() {}

  public static void main(String[] argv) throws Exception {
    Args args = new Args(argv);
    String mode = args.text("mode", "accounts");
    int threads = args.integer("threads", mode.equals("accounts") ? 2 : 64);
    long t0 = System.nanoTime();
    long ops =
        switch (mode) {
          case "accounts" ->
              accounts(args.integer("accounts", 1_000), threads, args.integer("transfers", 20_000));
          case "late-cycle" ->
              lateCycle(
                  args.integer("locks", 10_000),
                  threads,
                  args.integer("acquisitions", 1_600_000),
                  args.integer("edges", 350_000));
          default -> throw new IllegalArgumentException("--mode accounts|late-cycle: " + mode);
        };
    double took = (System.nanoTime() - t0) / 1e9;
    Output.finish("deadlock-" + mode, threads, ops, took);
    System.out.println("END epochMillis=" + System.currentTimeMillis());
  }

  private static long accounts(int accounts, int threads, int transfers) throws Exception {
    locks = newLocks(accounts);
    List<Thread> tellers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      Control.Rng random = new Control.Rng(t + 1);
      tellers.add(
          new Thread(
              () -> {
                for (int i = 0; i < transfers; i++) {
                  int from = random.next(accounts);
                  int to = random.nextOtherThan(from, accounts);
                  transfer(locks[from], locks[to]);
                }
              },
              "teller-" + t));
    }
    // one after the other: the opposite orders are in the run, the deadlock never happens
    for (Thread teller : tellers) {
      teller.start();
      teller.join();
    }
    return (long) threads * transfers;
  }

  private static void transfer(Object from, Object to) {
    synchronized (from) {
      synchronized (to) {
        balance++;
      }
    }
  }

  private static long lateCycle(int lockCount, int threads, int acquisitions, int edges)
      throws Exception {
    locks = newLocks(lockCount);
    int perThread = acquisitions / threads;
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int first = t * perThread;
      workers.add(
          new Thread(
              () -> {
                for (int i = 0; i < perThread; i++) {
                  int pair = (first + i) % edges;
                  int a = pair % lockCount;
                  int b = (a + 1 + pair / lockCount) % lockCount;
                  inOrder(locks[Math.min(a, b)], locks[Math.max(a, b)]);
                }
              },
              "worker-" + t));
    }
    for (Thread worker : workers) {
      worker.start();
    }
    for (Thread worker : workers) {
      worker.join();
    }
    // the late cycle: a pair the workers took lower index first, now the other way round
    Thread late = new Thread(() -> againstTheOrder(locks[1], locks[0]), "late");
    late.start();
    late.join();
    return (long) perThread * threads + 1;
  }

  private static void inOrder(Object lower, Object higher) {
    synchronized (lower) {
      synchronized (higher) {
        balance++;
      }
    }
  }

  private static void againstTheOrder(Object higher, Object lower) {
    synchronized (higher) {
      synchronized (lower) {
        balance++;
      }
    }
  }

  private static Object[] newLocks(int count) {
    Object[] made = new Object[count];
    for (int i = 0; i < count; i++) {
      made[i] = new Object();
    }
    return made;
  }
}
