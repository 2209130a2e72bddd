package io.lockwatch.samples.races;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Handing work to an {@link ExecutorService} and getting it back through a {@link Future}: the
 * submitter fills each job's input (plain fields) before {@code submit}; the task, on a pool
 * thread, reads the input and writes the output; the submitter reads the output after {@code
 * Future.get()}. The executor's contract orders the submitter's actions before {@code submit}
 * before the task, and the task before a successful {@code get}: no lock needed.
 *
 * <p>Lockwatch should find nothing in any section. The program takes no lock; its racy twin is
 * {@link RacyHandoffExecutorFuture}.
 */
public final class HandoffExecutorFuture {
  // @expect:none
  // @expect:option(races=on)
  // @expect:summary(fieldsTracked>=2,fieldAccesses>=2)
  // @expect:twin(target=RacyHandoffExecutorFuture)
  static final int JOBS = 4;

  /** A job: input written by the submitter, output written by the task. */
  static final class Job {
    int input;
    long output;
  }

  private HandoffExecutorFuture() {}

  public static void main(String[] args) throws InterruptedException, ExecutionException {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Job> jobs = new ArrayList<>();
    List<Future<?>> futures = new ArrayList<>();
    for (int i = 1; i <= JOBS; i++) {
      Job job = new Job();
      job.input = i * 10; // @site:write-input
      jobs.add(job);
      futures.add(
          pool.submit( // @site:submit
              () -> {
                job.output = (long) job.input * job.input; // @site:task
              }));
    }
    long total = 0;
    for (int i = 0; i < JOBS; i++) {
      futures.get(i).get(); // @site:get
      total += jobs.get(i).output; // @site:read-output
    }
    pool.shutdown();
    if (!pool.awaitTermination(5, TimeUnit.SECONDS)) {
      throw new IllegalStateException("the pool did not stop");
    }
    System.out.println("HandoffExecutorFuture: done, " + JOBS + " jobs, total " + total);
  }
}
