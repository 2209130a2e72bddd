package io.lockwatch.samples.jdk;

import io.lockwatch.samples.SampleThreads;

/** What the samples of this package do with threads, written once. */
final class Threads {
  private Threads() {}

  /**
   * Runs {@code work} in a new thread called {@code name} and waits for it to end: the lock-order
   * samples run their threads one after the other, so the deadlock they show can never happen in
   * the run, only be predicted.
   */
  static void runAlone(String name, Runnable work) throws InterruptedException {
    Thread thread = new Thread(work, name);
    thread.start();
    thread.join();
  }

  /** Starts each of these threads, then waits for them all. */
  static void runTogether(Thread... threads) throws InterruptedException {
    for (Thread thread : threads) {
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
  }

  /** Sleeps a little, which orders nothing: to make the racy samples' accesses come in order. */
  static void pause(long millis) {
    SampleThreads.pause(millis);
  }
}
