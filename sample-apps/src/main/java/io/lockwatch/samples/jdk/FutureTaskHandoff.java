package io.lockwatch.samples.jdk;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Data handed over through a {@code FutureTask} the application runs itself: the task writes the
 * box on its own thread, and main reads the box after {@code get()} returned. A task's completion
 * happens before a successful {@code get}: no lock needed.
 *
 * <p>Lockwatch should find nothing. Its racy twin, which peeks at the box before {@code get}, is
 * {@link FutureTaskRacyPeek}.
 */
public final class FutureTaskHandoff {
  // @expect:none
  // @expect:option(jdk=on)
  // @expect:summary(fieldAccesses>=2)
  // @expect:twin(target=FutureTaskRacyPeek)

  /** A value with a plain field. */
  static final class Box {
    int value;
  }

  private FutureTaskHandoff() {}

  public static void main(String[] args) throws InterruptedException, ExecutionException {
    Box box = new Box();
    FutureTask<Integer> task =
        new FutureTask<>(
            () -> {
              box.value = 7;
              return 1;
            });
    Thread runner = new Thread(task, "runner");
    runner.start();
    int tasks = task.get();
    int value = box.value;
    runner.join();
    System.out.println("FutureTaskHandoff: done, " + tasks + " task, value " + value);
  }
}
