package io.lockwatch.samples.jdk;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The fix for {@link BlockingQueueRemoveIf}: the canceller reads the threshold under the
 * scheduler's lock first and filters the queue afterwards, so the queue's lock is never held while
 * waiting for the scheduler's. The submitter still offers while holding the scheduler's lock: one
 * order, no cycle.
 *
 * <p>Lockwatch should find nothing.
 */
public final class BlockingQueueCancelledFirst {
  // @expect:none
  // @expect:option(jdk=on)
  // @expect:summary(acquisitions>=4,edges>=1)
  static final Object SCHEDULER = new Object();
  static final BlockingQueue<Integer> JOBS = new ArrayBlockingQueue<>(16);
  private static int cancelledBelow = 2;

  private BlockingQueueCancelledFirst() {}

  public static void main(String[] args) throws InterruptedException {
    JOBS.offer(1);
    JOBS.offer(3);
    Threads.runAlone("canceller", BlockingQueueCancelledFirst::cancel);
    Threads.runAlone("submitter", BlockingQueueCancelledFirst::submit);
    System.out.println("BlockingQueueCancelledFirst: done, " + JOBS.size() + " jobs queued");
  }

  private static void cancel() {
    int threshold;
    synchronized (SCHEDULER) {
      threshold = cancelledBelow;
    }
    JOBS.removeIf(job -> job < threshold);
  }

  private static void submit() {
    synchronized (SCHEDULER) {
      cancelledBelow = 0;
      JOBS.offer(5);
    }
  }
}
