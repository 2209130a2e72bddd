package io.lockwatch.samples.jdk;

import java.util.ArrayList;
import java.util.List;

/**
 * The racy twin of {@link ParallelStreamSquares}: the stream's action adds every value to one
 * shared total, from every thread that runs the stream (main and the pool's workers) at once. The
 * lost updates make the total come out wrong from time to time.
 *
 * <p>Lockwatch should report exactly one unguarded field, {@code
 * ParallelStreamRacyTotal$Total.sum}, between two threads running the action.
 */
public final class ParallelStreamRacyTotal {
  // @expect:race(field=ParallelStreamRacyTotal$Total.sum,observed=true)
  // @expect:option(jdk=on)
  // @expect:summary(fieldAccesses>=2)
  static final int CELLS = 64;

  /** The running total, shared by the stream's threads. */
  static final class Total {
    long sum;
  }

  private ParallelStreamRacyTotal() {}

  public static void main(String[] args) {
    List<Integer> values = new ArrayList<>();
    for (int i = 0; i < CELLS; i++) {
      values.add(i % 100);
    }
    Total total = new Total();
    values.parallelStream()
        .forEach(
            value -> {
              Threads.pause(1); // long enough for every thread of the stream to take a share
              total.sum += value; // @expect:race-access(locks=none)
            });
    System.out.println("ParallelStreamRacyTotal: done, total " + total.sum);
  }
}
