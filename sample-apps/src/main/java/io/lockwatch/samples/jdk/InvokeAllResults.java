package io.lockwatch.samples.jdk;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Data handed over through {@code ExecutorService.invokeAll} and {@code invokeAny}: main sets the
 * input, the tasks read it and write their results on the pool's threads, and main reads the
 * results after the call returns, without touching the futures. Both calls return only after their
 * tasks completed (the winner, for {@code invokeAny}), and a task's completion happens before the
 * call returns: no lock needed.
 *
 * <p>Lockwatch should find nothing. Its racy twin, which reads what a losing task of {@code
 * invokeAny} writes, is {@link InvokeAnyRacyLoser}.
 */
public final class InvokeAllResults {
  // @expect:none
  // @expect:option(jdk=on)
  // @expect:summary(fieldAccesses>=8)
  // @expect:twin(target=InvokeAnyRacyLoser)
  // @expect:twin(target=InvokeAllRacyTimeout)
  static final int TASKS = 4;

  /** A value with a plain field. */
  static final class Cell {
    int value;
  }

  private InvokeAllResults() {}

  public static void main(String[] args) throws InterruptedException, ExecutionException {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    Cell input = new Cell();
    input.value = 10;
    List<Cell> results = new ArrayList<>();
    List<Callable<Integer>> tasks = new ArrayList<>();
    for (int i = 1; i <= TASKS; i++) {
      Cell result = new Cell();
      results.add(result);
      int factor = i;
      tasks.add(
          () -> {
            result.value = input.value * factor;
            return factor;
          });
    }
    pool.invokeAll(tasks);
    int sum = 0;
    for (Cell result : results) {
      sum += result.value;
    }
    Cell winner = new Cell();
    pool.invokeAny(
        List.of(
            () -> {
              winner.value = input.value + 1;
              return 1;
            }));
    pool.shutdown();
    if (!pool.awaitTermination(5, TimeUnit.SECONDS)) {
      throw new IllegalStateException("the pool did not stop");
    }
    System.out.println("InvokeAllResults: done, sum " + sum + ", winner " + winner.value);
  }
}
