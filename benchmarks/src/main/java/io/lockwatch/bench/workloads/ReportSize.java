package io.lockwatch.bench.workloads;

/**
 * Workload 7: report size. Creates {@code --edges N} distinct lock-order edges (N pairs of
 * long-lived monitors, each pair nested once: A_i then B_i), keeps every lock alive until exit, and
 * returns from {@code main} right after printing {@code END epochMillis=<t>} as its last line. The
 * harness measures the time from that line to the JVM's exit: under the agent, that is dominated by
 * building and writing the report of N edges. Args: {@code --edges N}.
 */
public final class ReportSize {
  /** Reachable until exit, so no lock is collected and no edge pruned. */
  static Object[] firsts;

  static Object[] seconds;

  public static void main(String[] argv) throws Exception {
    Args args = new Args(argv);
    int edges = args.integer("edges", 100_000);
    firsts = new Object[edges];
    seconds = new Object[edges];
    for (int i = 0; i < edges; i++) {
      firsts[i] = new Object();
      seconds[i] = new Object();
    }
    long sink = 0;
    long t0 = System.nanoTime();
    for (int i = 0; i < edges; i++) {
      synchronized (firsts[i]) {
        synchronized (seconds[i]) {
          sink += i;
        }
      }
    }
    double took = (System.nanoTime() - t0) / 1e9;
    if (sink != (long) edges * (edges - 1) / 2) {
      throw new IllegalStateException();
    }
    Output.finish("report-size", 1, edges, took);
    System.out.println("END epochMillis=" + System.currentTimeMillis());
  }
}
