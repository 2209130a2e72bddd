package io.lockwatch.compat.drivers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;

/**
 * What every driver shares: start several threads on the same body at once, wait for all of them,
 * and end the program with exit code 1 (and the failures on stderr) if any of them failed. Drivers
 * print only what does not depend on timing, so a plain run and a run under the agent print the
 * same.
 */
public final class Workers {
  private Workers() {}

  /** The body of one worker thread, given its index. */
  @FunctionalInterface
  public interface Body {
    void run(int index) throws Exception;
  }

  /**
   * Runs {@code body} in {@code threads} threads named {@code name-0}, {@code name-1}, ..., all
   * released together, and returns when every one has ended. Exits the JVM with 1 if any failed.
   */
  public static void run(String name, int threads, Body body) {
    CountDownLatch start = new CountDownLatch(1);
    ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
    List<Thread> started = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      int index = i;
      Thread thread =
          new Thread(
              () -> {
                try {
                  start.await();
                  body.run(index);
                } catch (Throwable failure) {
                  failures.add(failure);
                }
              },
              name + "-" + i);
      thread.start();
      started.add(thread);
    }
    start.countDown();
    for (Thread thread : started) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        fail("interrupted while waiting for " + thread.getName(), e);
      }
    }
    if (!failures.isEmpty()) {
      for (Throwable failure : failures) {
        failure.printStackTrace();
      }
      fail(failures.size() + " of " + threads + " " + name + " threads failed", null);
    }
  }

  /** Checks a result the driver relies on; a wrong one ends the program with exit code 1. */
  public static void check(boolean condition, String what) {
    if (!condition) {
      fail("check failed: " + what, null);
    }
  }

  /** Prints why on stderr and exits with 1. */
  public static void fail(String why, Throwable cause) {
    System.err.println(why);
    if (cause != null) {
      cause.printStackTrace();
    }
    System.exit(1);
  }

  /**
   * The directory a driver writes its files to: the first argument, else {@code target/compat-out}
   * under the working directory; created if needed. Drivers overwrite their files.
   */
  public static Path outputDir(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "target/compat-out").toAbsolutePath();
    Files.createDirectories(dir);
    return dir;
  }

  /** The number of lines of a text file, and of those containing {@code marker}. */
  public static long[] countLines(Path file, String marker) throws Exception {
    long lines = 0;
    long marked = 0;
    for (String line : Files.readAllLines(file)) {
      lines++;
      if (line.contains(marker)) {
        marked++;
      }
    }
    return new long[] {lines, marked};
  }
}
