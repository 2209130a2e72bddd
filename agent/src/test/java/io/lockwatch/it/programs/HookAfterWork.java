package io.lockwatch.it.programs;

/**
 * A shutdown hook registered first reads, without a lock, what the program wrote after: correct,
 * because of how the JVM ends. {@code last-thread}: main returns, four non-daemon workers (never
 * joined) still write, and the JVM starts the hook only after all of them ended. {@code exit}: main
 * joins the workers, writes, and calls {@code System.exit}, in which it waits for the hook.
 */
public final class HookAfterWork {
  static final long[] tallies = new long[4];
  static String title;

  public static void main(String[] args) throws Exception {
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  long sum = 0;
                  for (long tally : tallies) {
                    sum += tally;
                  }
                  System.out.println(title + sum);
                },
                "summary-hook"));
    Thread unused = new Thread(() -> {}, "removed-hook");
    Runtime.getRuntime().addShutdownHook(unused);
    Runtime.getRuntime().removeShutdownHook(unused);
    Thread[] workers = new Thread[tallies.length];
    for (int w = 0; w < workers.length; w++) {
      int slot = w;
      workers[w] =
          new Thread(
              () -> {
                for (int i = 0; i < 1_000; i++) {
                  tallies[slot] += i;
                }
              },
              "worker-" + w);
      workers[w].start();
    }
    title = "total: ";
    if (args[0].equals("exit")) {
      for (Thread worker : workers) {
        worker.join();
      }
      title = "total after exit: ";
      System.exit(0);
    }
  }
}
