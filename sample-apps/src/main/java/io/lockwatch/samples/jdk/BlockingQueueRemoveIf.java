package io.lockwatch.samples.jdk;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * A cycle through an {@code ArrayBlockingQueue}'s internal lock: {@code removeIf} runs its filter
 * while holding the queue's {@code ReentrantLock}, and this filter takes the scheduler's lock; the
 * submitter holds the scheduler's lock while it offers a job, which takes the queue's lock. Run at
 * the same time, each can hold its first lock and wait forever for the other's.
 *
 * <p>Lockwatch should report exactly one lock-order cycle: the canceller's edge from the {@code
 * removeIf} call to the filter's {@code synchronized}, the submitter's at its lines. The fix is
 * {@link BlockingQueueCancelledFirst}.
 */
public final class BlockingQueueRemoveIf {
  // @expect:cycle(kind=deadlock,severity=high)
  // @expect:option(jdk=on)
  // @expect:summary(acquisitions>=4,edges>=2)
  static final Object SCHEDULER = new Object();
  static final BlockingQueue<Integer> JOBS = new ArrayBlockingQueue<>(16);
  private static int cancelledBelow = 2;

  private BlockingQueueRemoveIf() {}

  public static void main(String[] args) throws InterruptedException {
    JOBS.offer(1);
    JOBS.offer(3);
    Threads.runAlone("canceller", BlockingQueueRemoveIf::cancel);
    Threads.runAlone("submitter", BlockingQueueRemoveIf::submit);
    System.out.println("BlockingQueueRemoveIf: done, " + JOBS.size() + " jobs queued");
  }

  private static void cancel() {
    JOBS.removeIf( // @expect:cycle-held(thread=canceller,lock=ArrayBlockingQueue)
        job -> {
          synchronized (SCHEDULER) { // @expect:cycle-acquired(thread=canceller,lock=SCHEDULER)
            return job < cancelledBelow;
          }
        });
  }

  private static void submit() {
    synchronized (SCHEDULER) { // @expect:cycle-held(thread=submitter,lock=SCHEDULER)
      cancelledBelow = 0;
      JOBS.offer(5); // @expect:cycle-acquired(thread=submitter,lock=ArrayBlockingQueue)
    }
  }
}
