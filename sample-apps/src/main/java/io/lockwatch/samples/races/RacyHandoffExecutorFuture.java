package io.lockwatch.samples.races;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The racy twin of {@link HandoffExecutorFuture}: the submitter peeks at the job's output (to show
 * progress) <em>before</em> calling {@code Future.get()}. Only a successful {@code get} orders the
 * task's writes before the submitter's reads; the peek races with the task, whether or not they
 * collide in time.
 *
 * <p>Lockwatch should report exactly one unguarded field, {@code
 * RacyHandoffExecutorFuture$Job.output}, {@code observedRace} true, between the task's write and
 * the submitter's peek at the marked lines.
 */
public final class RacyHandoffExecutorFuture {
  // @expect:race(field=RacyHandoffExecutorFuture$Job.output,observed=true)
  // @expect:option(races=on)
  // @expect:summary(fieldAccesses>=1)

  /** A job: input written by the submitter, output written by the task. */
  static final class Job {
    int input;
    long output;
  }

  private RacyHandoffExecutorFuture() {}

  public static void main(String[] args) throws InterruptedException, ExecutionException {
    ExecutorService pool = Executors.newSingleThreadExecutor();
    Job job = new Job();
    job.input = 12;
    Future<?> future =
        pool.submit(
            () -> {
              job.output = (long) job.input * job.input; // @expect:race-write(
              //     thread=pool-1-thread-1,locks=none)
            });
    Thread.sleep(5);
    long progress = job.output; // @expect:race-read(thread=main,locks=none)
    future.get();
    long result = job.output;
    pool.shutdown();
    if (!pool.awaitTermination(5, TimeUnit.SECONDS)) {
      throw new IllegalStateException("the pool did not stop");
    }
    System.out.println(
        "RacyHandoffExecutorFuture: done, peeked " + progress + ", result " + result);
  }
}
