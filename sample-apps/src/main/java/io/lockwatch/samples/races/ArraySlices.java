package io.lockwatch.samples.races;

import java.util.ArrayList;
import java.util.List;

/**
 * A parallel sum over a shared {@code long[]}: eight workers each fill and sum their own disjoint
 * slice into their own element of a partial-sums array, then the main thread adds the partial sums
 * up after {@code join()}. Different threads write different elements of one array, often in the
 * same 64-element chunk: no race, since no element is shared.
 *
 * <p>Lockwatch should find nothing; its racy twin is {@link RacyHistogram}. With {@code arrays=off}
 * the elements are not watched at all (the run {@code arraysOff}).
 */
public final class ArraySlices {
  // @expect:none
  // @expect:option(races=on)
  // @expect:summary(fieldAccesses>=10000)
  // @expect:twin(target=RacyHistogram)
  // @expect:none(run=arraysOff)
  // @expect:option(races=on,arrays=off,run=arraysOff)
  // @expect:summary(classesInstrumented>=1,run=arraysOff)
  static final int WORKERS = 8;
  static final int SIZE = 8_000;

  /** The shared data and each worker's partial sum. */
  static final class Data {
    final long[] values = new long[SIZE];
    final long[] partial = new long[WORKERS];
  }

  private ArraySlices() {}

  public static void main(String[] args) throws InterruptedException {
    Data data = new Data();
    List<Thread> workers = new ArrayList<>();
    for (int w = 0; w < WORKERS; w++) {
      int worker = w;
      workers.add(
          new Thread(
              () -> {
                int from = worker * (SIZE / WORKERS);
                for (int i = from; i < from + SIZE / WORKERS; i++) {
                  data.values[i] = i; // @site:fill-slice
                  data.partial[worker] += data.values[i];
                }
              },
              "slice-" + w));
    }
    for (Thread worker : workers) {
      worker.start();
    }
    for (Thread worker : workers) {
      worker.join();
    }
    long total = 0;
    for (long partial : data.partial) {
      total += partial; // @site:sum
    }
    System.out.println("ArraySlices: done, total " + total);
  }
}
