package io.lockwatch.samples.races;

/**
 * The racy twin of {@link ArraySlices}: two threads count events into the same shared histogram
 * buckets with a plain {@code counts[bucket]++}, so updates are lost. The race is on the elements
 * of the array held by {@code Histogram.counts}; the report names the array by that field and gives
 * the index of the element that raced.
 *
 * <p>Lockwatch should report {@code RacyHistogram$Histogram.counts[]}, between the marked accesses;
 * with {@code arrays=off} (the run {@code arraysOff}) it cannot see the race.
 */
public final class RacyHistogram {
  // @expect:race(field=RacyHistogram$Histogram.counts[],observed=true)
  // @expect:option(races=on)
  // @expect:summary(fieldAccesses>=2)
  // @expect:none(run=arraysOff)
  // @expect:option(races=on,arrays=off,run=arraysOff)
  // @expect:summary(classesInstrumented>=1,run=arraysOff)
  static final int EVENTS = 10_000;

  /** Eight buckets, updated without a lock. */
  static final class Histogram {
    final int[] counts = new int[8];

    void record(int value) {
      counts[value & 7]++; // @expect:race-access(thread=recorder-*,locks=none)
    }
  }

  private RacyHistogram() {}

  public static void main(String[] args) throws InterruptedException {
    Histogram histogram = new Histogram();
    Thread first =
        new Thread(
            () -> {
              for (int i = 0; i < EVENTS; i++) {
                histogram.record(i);
              }
            },
            "recorder-1");
    Thread second =
        new Thread(
            () -> {
              for (int i = 0; i < EVENTS; i++) {
                histogram.record(i * 3);
              }
            },
            "recorder-2");
    first.start();
    second.start();
    first.join();
    second.join();
    long total = 0;
    for (int count : histogram.counts) {
      total += count;
    }
    System.out.println("RacyHistogram: done, counted " + total + " of " + 2 * EVENTS);
  }
}
