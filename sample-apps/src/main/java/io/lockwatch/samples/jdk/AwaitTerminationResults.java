package io.lockwatch.samples.jdk;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Data handed over by a pool's termination: tasks given to {@code execute} write their results on
 * the pool's threads, and main reads them after {@code shutdown()} and {@code awaitTermination}
 * returning true, without any future. A pool terminates only after each of its workers has finished
 * its last task: termination observed orders every task before the observer.
 *
 * <p>Lockwatch should find nothing. Its racy twin, which reads a result after {@code shutdown()}
 * without waiting for termination, is {@link AwaitTerminationRacyRead}.
 */
public final class AwaitTerminationResults {
  // @expect:none
  // @expect:option(jdk=on)
  // @expect:summary(fieldAccesses>=8)
  // @expect:twin(target=AwaitTerminationRacyRead)
  static final int TASKS = 4;

  /** A value with a plain field. */
  static final class Cell {
    int value;
  }

  private AwaitTerminationResults() {}

  public static void main(String[] args) throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Cell> results = new ArrayList<>();
    for (int i = 1; i <= TASKS; i++) {
      Cell result = new Cell();
      results.add(result);
      int square = i * i;
      pool.execute(() -> result.value = square);
    }
    pool.shutdown();
    if (!pool.awaitTermination(5, TimeUnit.SECONDS)) {
      throw new IllegalStateException("the pool did not stop");
    }
    int sum = 0;
    for (Cell result : results) {
      sum += result.value;
    }
    System.out.println("AwaitTerminationResults: done, sum of squares " + sum);
  }
}
