package io.lockwatch.bench.workloads;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Runs worker threads through a warm-up phase and a measured phase of fixed durations and sums the
 * operations each thread completed during the measured phase.
 *
 * <p>Workers count their own operations in a {@link Meter} (one per thread, no sharing) and report
 * them in batches; a batch reads one volatile field, so the harness costs the same with and without
 * the agent.
 */
final class Control {
  static final int WARMUP = 0;
  static final int MEASURE = 1;
  static final int STOP = 2;

  /** The body of one worker thread: loop doing operations until {@code meter.add} says stop. */
  interface Worker {
    void run(int index, Meter meter) throws Exception;
  }

  /** One thread's operation counter. */
  static final class Meter {
    private final Control control;
    private long ops;
    private long startOps = -1;
    private long measured;

    Meter(Control control) {
      this.control = control;
    }

    /** Counts {@code n} finished operations; false once the run is over. */
    boolean add(long n) {
      ops += n;
      int p = control.phase;
      if (p == WARMUP) {
        return true;
      }
      if (startOps < 0) {
        startOps = ops;
      }
      if (p == MEASURE) {
        return true;
      }
      measured = ops - startOps;
      return false;
    }

    /** True while the run goes on; for loops that count nothing (producers). */
    boolean running() {
      return control.phase != STOP;
    }

    long measured() {
      return measured;
    }
  }

  volatile int phase = WARMUP;

  /** Outcome of a timed run. */
  record Outcome(long ops, double seconds) {}

  /**
   * Starts {@code threads} workers, lets them warm up, measures, stops them and returns the
   * operations counted by the meters of the threads for which {@code counted} is true.
   */
  static Outcome run(
      int threads, double warmupSeconds, double seconds, Worker worker, IntPredicate counted)
      throws InterruptedException {
    Control control = new Control();
    List<Meter> meters = new ArrayList<>();
    List<Thread> workers = new ArrayList<>();
    Throwable[] failure = new Throwable[1];
    for (int i = 0; i < threads; i++) {
      Meter meter = new Meter(control);
      meters.add(meter);
      int index = i;
      Thread t =
          new Thread(
              () -> {
                try {
                  worker.run(index, meter);
                } catch (Throwable e) {
                  synchronized (failure) {
                    failure[0] = e;
                  }
                  control.phase = STOP;
                }
              },
              "worker-" + i);
      workers.add(t);
    }
    workers.forEach(Thread::start);
    sleep(warmupSeconds);
    control.phase = MEASURE;
    long t0 = System.nanoTime();
    sleep(seconds);
    control.phase = STOP;
    long t1 = System.nanoTime();
    for (Thread t : workers) {
      t.join();
    }
    synchronized (failure) {
      if (failure[0] != null) {
        throw new IllegalStateException("a worker failed", failure[0]);
      }
    }
    long total = 0;
    for (int i = 0; i < threads; i++) {
      if (counted.test(i)) {
        total += meters.get(i).measured();
      }
    }
    return new Outcome(total, (t1 - t0) / 1e9);
  }

  /**
   * {@link #run(int, double, double, Worker, IntPredicate)} for the phases of the workload's {@code
   * --warmup} and {@code --seconds} options (3 and 5 seconds when absent).
   */
  static Outcome run(Args args, int threads, Worker worker, IntPredicate counted)
      throws InterruptedException {
    return run(threads, args.decimal("warmup", 3), args.decimal("seconds", 5), worker, counted);
  }

  /** {@link #run(Args, int, Worker, IntPredicate)}, counting every thread's operations. */
  static Outcome run(Args args, int threads, Worker worker) throws InterruptedException {
    return run(args, threads, worker, i -> true);
  }

  private static void sleep(double seconds) throws InterruptedException {
    long until = System.nanoTime() + (long) (seconds * 1e9);
    long left;
    while ((left = until - System.nanoTime()) > 0) {
      Thread.sleep(Math.max(1, left / 1_000_000));
    }
  }

  /** A fast per-thread pseudo-random sequence (xorshift64*), allocation-free. */
  static final class Rng {
    private long s;

    Rng(long seed) {
      s = seed == 0 ? 0x9E3779B97F4A7C15L : seed;
    }

    int next(int bound) {
      s ^= s >>> 12;
      s ^= s << 25;
      s ^= s >>> 27;
      long r = (s * 0x2545F4914F6CDD1DL) >>> 33;
      return (int) (r % bound);
    }

    /** A number below {@code bound} other than {@code taken}, each as likely. */
    int nextOtherThan(int taken, int bound) {
      int other = next(bound - 1);
      return other >= taken ? other + 1 : other;
    }
  }
}
