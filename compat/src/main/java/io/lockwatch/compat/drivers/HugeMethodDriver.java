package io.lockwatch.compat.drivers;

import java.util.TreeMap;

/**
 * Runs {@link HugeMethods#mix()}, a method close to the 64 KB code limit, from several threads (one
 * instance each), and gathers the digests under a monitor of its own. The agent cannot instrument
 * {@link HugeMethods} without breaking the limit, so it must leave that class as compiled, list it
 * in {@code agentErrors}, and still instrument this one.
 */
public final class HugeMethodDriver {
  private static final int THREADS = 4;
  private static final int CALLS = 1_500;

  private HugeMethodDriver() {}

  public static void main(String[] args) {
    TreeMap<Integer, Long> digests = new TreeMap<>();
    Workers.run(
        "huge",
        THREADS,
        worker -> {
          HugeMethods huge = new HugeMethods(worker + 1);
          for (int i = 0; i < CALLS; i++) {
            huge.mix();
          }
          long digest = huge.checksum();
          synchronized (digests) {
            digests.put(worker, digest);
          }
        });
    synchronized (digests) {
      System.out.println("HugeMethodDriver: calls=" + THREADS * CALLS + " digests=" + digests);
    }
    System.out.println("HugeMethodDriver: ok");
  }
}
