package io.lockwatch.bench.workloads;

/**
 * Workload 9: threads that come and go. {@code --count N} short threads are started and joined one
 * after another; each takes one monitor, increments a shared counter under it and ends (a
 * thread-per-request server in miniature). What it measures is time and peak memory against the
 * count: an agent that keeps every ended thread's state, or sizes clocks by threads ever started,
 * grows without bound here. Prints {@code RESULT} (ops = threads), {@code HEAP} and the peak RSS.
 * Args: {@code --count N}.
 */
public final class ThreadChurn {
  private static final Object LOCK = new Object();
  private static long counter;

  private ThreadChurn() {}

  public static void main(String[] argv) throws Exception {
    Args args = new Args(argv);
    int count = args.integer("count", 40_000);
    long start = System.nanoTime();
    for (int i = 0; i < count; i++) {
      Thread thread =
          new Thread(
              () -> {
                synchronized (LOCK) {
                  counter++;
                }
              });
      thread.start();
      thread.join();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    if (counter != count) {
      throw new IllegalStateException("counted " + counter + " of " + count);
    }
    Output.finish("thread-churn", 1, count, seconds);
  }
}
