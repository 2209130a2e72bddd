package io.lockwatch.samples.predict;

import static io.lockwatch.samples.SampleThreads.runTogether;
import static io.lockwatch.samples.SampleThreads.thread;

/**
 * A report published with a volatile flag, next to a lock both threads use for something else: the
 * {@code writer} fills the report, takes the statistics lock for its own counter, and sets {@code
 * ready}; the {@code reader} spins on {@code ready}, takes the statistics lock for its own counter,
 * and reads the report. The statistics sections do not conflict, so they order nothing in a
 * reordering; the volatile write before the read that sees it does, in every reordering. Lockwatch
 * should report nothing, with {@code races=on} and with {@code races=predict}.
 */
public final class VolatileFlagBesideLocks {
  // @expect:none
  // @expect:option(races=on)
  // @expect:summary(fieldAccesses>=2)
  // @expect:none(run=predict)
  // @expect:option(races=predict,run=predict)
  // @expect:summary(fieldAccesses>=2,run=predict)
  static final Object STATS = new Object();

  /** The published report: plain fields. */
  static final class Report {
    String title;
    int pages;
  }

  /** One thread's own statistics. */
  static final class Counter {
    int value;
  }

  private static volatile boolean ready;

  private VolatileFlagBesideLocks() {}

  public static void main(String[] args) throws InterruptedException {
    Report report = new Report();
    Counter written = new Counter();
    Counter read = new Counter();
    String[] seen = new String[1];
    Thread writer =
        thread(
            "writer",
            () -> {
              report.title = "quarterly";
              report.pages = 12;
              synchronized (STATS) {
                written.value++;
              }
              ready = true;
            });
    Thread reader =
        thread(
            "reader",
            () -> {
              while (!ready) {
                Thread.onSpinWait();
              }
              synchronized (STATS) {
                read.value++;
              }
              seen[0] = report.title + " (" + report.pages + " pages)";
            });
    runTogether(writer, reader);
    System.out.println("VolatileFlagBesideLocks: done, read " + seen[0]);
  }
}
