package io.lockwatch.samples.jdk;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The racy twin of {@link FutureTaskHandoff}: main peeks at the box before {@code get()}. Only a
 * successful {@code get} orders the task's write before main; the peek races with it, however the
 * two fall in time.
 *
 * <p>Lockwatch should report exactly one unguarded field, {@code FutureTaskRacyPeek$Box.value},
 * between the task's write and main's peek.
 */
public final class FutureTaskRacyPeek {
  // @expect:race(field=FutureTaskRacyPeek$Box.value,observed=true)
  // @expect:option(jdk=on)
  // @expect:summary(fieldAccesses>=2)

  /** A value with a plain field. */
  static final class Box {
    int value;
  }

  private FutureTaskRacyPeek() {}

  public static void main(String[] args) throws InterruptedException, ExecutionException {
    Box box = new Box();
    FutureTask<Integer> task =
        new FutureTask<>(
            () -> {
              box.value = 7; // @expect:race-write(thread=runner,locks=none)
              return 1;
            });
    Thread runner = new Thread(task, "runner");
    runner.start();
    Threads.pause(30);
    int peeked = box.value; // @expect:race-read(thread=main,locks=none)
    int tasks = task.get();
    runner.join();
    System.out.println("FutureTaskRacyPeek: done, " + tasks + " task, peeked " + peeked);
  }
}
