package io.lockwatch.it.programs;

/**
 * A daemon thread keeps writing a plain field while a shutdown hook, after a pause, reads it: a
 * real race (the JVM does not wait for daemon threads before the hooks), which is in the report
 * only if the report at exit waits for the hook. The pause is the first argument, in milliseconds.
 */
public final class SlowShutdownHook {
  static long pending;

  public static void main(String[] args) throws Exception {
    long pause = Long.parseLong(args[0]);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  sleep(pause);
                  System.out.println("flushing " + pending);
                },
                "flush-hook"));
    Thread writer =
        new Thread(
            () -> {
              while (true) {
                pending++;
                sleep(1);
              }
            },
            "writer");
    writer.setDaemon(true);
    writer.start();
    Thread.sleep(100);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
