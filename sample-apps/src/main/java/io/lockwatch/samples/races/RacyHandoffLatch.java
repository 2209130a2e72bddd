package io.lockwatch.samples.races;

import static io.lockwatch.samples.SampleThreads.runTogether;
import static io.lockwatch.samples.SampleThreads.thread;

import java.util.concurrent.CountDownLatch;

/**
 * The racy twin of {@link HandoffLatch}: an impatient reader looks at the report's page count
 * <em>before</em> awaiting the latch, then again after. Only the read after {@code await} is
 * ordered after the producer's write; the first one races with it, whether or not they collide in
 * time.
 *
 * <p>Lockwatch should report exactly one unguarded field, {@code RacyHandoffLatch$Report.pages},
 * {@code observedRace} true, between the producer's write and the early read at the marked lines.
 */
public final class RacyHandoffLatch {
  // @expect:race(field=RacyHandoffLatch$Report.pages,observed=true)
  // @expect:option(races=on)
  // @expect:summary(fieldAccesses>=1)

  /** A report with a plain field, written once before the latch opens. */
  static final class Report {
    int pages;
  }

  /** What the reader saw; its own, read by main after join(). */
  static final class Seen {
    int early;
    int late;
  }

  private RacyHandoffLatch() {}

  public static void main(String[] args) throws InterruptedException {
    CountDownLatch published = new CountDownLatch(1);
    Report report = new Report();
    Seen seen = new Seen();
    Thread reader =
        thread(
            "reader",
            () -> {
              seen.early = report.pages; // @expect:race-read(thread=reader,locks=none)
              published.await(); // @site:await
              seen.late = report.pages; // @site:late-read
            });
    Thread producer =
        thread(
            "producer",
            () -> {
              Thread.sleep(5);
              report.pages = 12; // @expect:race-write(thread=producer,locks=none)
              published.countDown(); // @site:count-down
            });
    runTogether(reader, producer);
    System.out.println(
        "RacyHandoffLatch: done, the reader saw "
            + seen.early
            + " pages early, "
            + seen.late
            + " after the latch");
  }
}
