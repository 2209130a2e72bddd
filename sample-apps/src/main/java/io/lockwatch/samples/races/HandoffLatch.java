package io.lockwatch.samples.races;

import static io.lockwatch.samples.SampleThreads.runTogether;
import static io.lockwatch.samples.SampleThreads.thread;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Handing a mutable object to several readers through a {@link CountDownLatch}: the producer fills
 * a report's plain fields, then counts the latch down; three readers {@code await} the latch and
 * only then read the report. Actions before {@code countDown} happen before a successful {@code
 * await} returns.
 *
 * <p>Lockwatch should find nothing in any section. The program takes no lock; its racy twin is
 * {@link RacyHandoffLatch}.
 */
public final class HandoffLatch {
  // @expect:none
  // @expect:option(races=on)
  // @expect:summary(fieldsTracked>=2,fieldAccesses>=2)
  // @expect:twin(target=RacyHandoffLatch)
  static final int READERS = 3;

  /** A report with plain fields, written once before the latch opens. */
  static final class Report {
    String title;
    int pages;
  }

  /** What one reader saw; its own, read by main after join(). */
  static final class Seen {
    String summary;
  }

  private HandoffLatch() {}

  public static void main(String[] args) throws InterruptedException {
    CountDownLatch published = new CountDownLatch(1);
    Report report = new Report();
    List<Thread> threads = new ArrayList<>();
    List<Seen> seen = new ArrayList<>();
    for (int i = 1; i <= READERS; i++) {
      Seen mine = new Seen();
      seen.add(mine);
      threads.add(
          thread(
              "reader-" + i,
              () -> {
                published.await(); // @site:await
                mine.summary = report.title + ", " + report.pages + " pages"; // @site:read
              }));
    }
    threads.add(
        new Thread(
            () -> {
              report.title = "Quarterly figures"; // @site:write-title
              report.pages = 12; // @site:write-pages
              published.countDown(); // @site:count-down
            },
            "producer"));
    runTogether(threads);
    System.out.println(
        "HandoffLatch: done, " + seen.size() + " readers saw " + seen.get(0).summary);
  }
}
