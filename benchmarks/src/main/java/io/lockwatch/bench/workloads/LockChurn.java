package io.lockwatch.bench.workloads;

import java.util.concurrent.locks.ReentrantLock;

/**
 * Workload 6: lock churn. Creates {@code --locks N} short-lived lock objects (alternately plain
 * objects used as monitors and {@link ReentrantLock}s), locks each once and drops it (it stays
 * reachable only from a 1024-slot ring, so it cannot be optimised away, and dies soon after).
 *
 * <p>{@code --mode alone}: each short-lived lock is locked with nothing else held (no lock-order
 * edge). {@code --mode nested}: each is locked while holding the thread's long-lived lock, which
 * makes one new lock-order edge per short-lived lock: the case that tests whether the agent's
 * memory stays bounded. A warm-up of {@code --warmup-locks} (default N/10) precedes the measured N.
 *
 * <p>Prints the usual RESULT line (operations = locks created in the measured phase), the heap
 * still used after two full collections ({@code HEAP usedAfterGcBytes}), then, after creating and
 * locking one more lock, the heap after two more collections ({@code HEAP usedAfterNextLockBytes}).
 * Args: {@code --mode alone|nested --locks N --threads N --warmup-locks N [--pause-at-end S]} (the
 * last leaves S seconds to inspect the heap, e.g. with {@code jmap -histo:live <pid>}).
 */
public final class LockChurn {
  private static final int RING = 1024;

  public static void main(String[] argv) throws Exception {
    Args args = new Args(argv);
    String mode = args.text("mode", "nested");
    if (!mode.equals("alone") && !mode.equals("nested")) {
      throw new IllegalArgumentException("--mode must be alone or nested, not " + mode);
    }
    boolean nested = mode.equals("nested");
    int threads = args.integer("threads", 2);
    long locks = args.count("locks", 1_000_000);
    long warmup = args.count("warmup-locks", locks / 10);

    churn(threads, warmup, nested);
    long t0 = System.nanoTime();
    churn(threads, locks, nested);
    double seconds = (System.nanoTime() - t0) / 1e9;
    Output.result("churn-" + mode, threads, locks, seconds);
    Output.heapAfterGc();
    // An agent may drop the entries of collected locks lazily (e.g. when it next meets a new lock):
    // one more new lock, then the heap again, tells such a lag from a leak.
    Object fresh = new Object();
    ring0 = fresh;
    synchronized (fresh) {
      ReentrantLock freshLock = new ReentrantLock();
      ring0 = freshLock;
      freshLock.lock();
      freshLock.unlock();
    }
    Output.heapAfterGc("usedAfterNextLockBytes");
    Output.peakRss();
    // --pause-at-end S: time to look at the retained heap, e.g. jmap -histo:live <pid>
    Thread.sleep((long) (args.decimal("pause-at-end", 0) * 1000));
  }

  /** Makes the last locks escape, so that they are real lock operations in every configuration. */
  static volatile Object ring0;

  private static void churn(int threads, long locks, boolean nested) throws InterruptedException {
    Thread[] workers = new Thread[threads];
    long[] sinks = new long[threads];
    for (int t = 0; t < threads; t++) {
      long share = locks / threads + (t < locks % threads ? 1 : 0);
      int index = t;
      workers[t] = new Thread(() -> sinks[index] = run(share, nested, new Object()), "churn-" + t);
      workers[t].start();
    }
    for (Thread w : workers) {
      w.join();
    }
  }

  private static long run(long count, boolean nested, Object longLived) {
    Object[] ring = new Object[RING];
    long sink = 0;
    for (long i = 0; i < count; i++) {
      Object lock = (i & 1) == 0 ? new Object() : new ReentrantLock();
      ring[(int) (i & (RING - 1))] = lock;
      if (nested) {
        synchronized (longLived) {
          sink += lockOnce(lock);
        }
      } else {
        sink += lockOnce(lock);
      }
    }
    return sink;
  }

  private static int lockOnce(Object lock) {
    if (lock instanceof ReentrantLock r) {
      r.lock();
      try {
        return r.getHoldCount();
      } finally {
        r.unlock();
      }
    }
    synchronized (lock) {
      return 1;
    }
  }
}
