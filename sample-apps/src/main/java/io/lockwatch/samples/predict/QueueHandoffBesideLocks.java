package io.lockwatch.samples.predict;

import static io.lockwatch.samples.SampleThreads.runTogether;
import static io.lockwatch.samples.SampleThreads.thread;

import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Jobs handed from thread to thread through a lock-free queue, as schedulers do: the {@code
 * producer} fills each job under its own lock, offers it, and the {@code worker} polls it and
 * completes it under a different lock. No lock guards a job, by design: the queue's offer happens
 * before the poll that returns the job (its documented memory-consistency effect), an order every
 * reordering keeps. Lockwatch should report nothing, with {@code races=on} and with {@code
 * races=predict}.
 */
public final class QueueHandoffBesideLocks {
  // @expect:none
  // @expect:option(races=on)
  // @expect:summary(fieldAccesses>=4)
  // @expect:none(run=predict)
  // @expect:option(races=predict,run=predict)
  // @expect:summary(fieldAccesses>=4,run=predict)
  static final int JOBS = 20;
  static final Object PRODUCER_LOCK = new Object();
  static final Object WORKER_LOCK = new Object();

  /** A job: plain fields, handed over whole. */
  static final class Job {
    int input;
    int result;
  }

  private QueueHandoffBesideLocks() {}

  public static void main(String[] args) throws InterruptedException {
    ConcurrentLinkedQueue<Job> queue = new ConcurrentLinkedQueue<>();
    long[] total = new long[1];
    Thread producer =
        thread(
            "producer",
            () -> {
              for (int i = 1; i <= JOBS; i++) {
                Job job = new Job();
                synchronized (PRODUCER_LOCK) {
                  job.input = i;
                }
                queue.offer(job);
              }
            });
    Thread worker =
        thread(
            "worker",
            () -> {
              int done = 0;
              while (done < JOBS) {
                Job job = queue.poll();
                if (job == null) {
                  Thread.onSpinWait();
                  continue;
                }
                synchronized (WORKER_LOCK) {
                  job.result = job.input * 2;
                  total[0] += job.result;
                }
                done++;
              }
            });
    runTogether(producer, worker);
    System.out.println("QueueHandoffBesideLocks: done, total " + total[0]);
  }
}
