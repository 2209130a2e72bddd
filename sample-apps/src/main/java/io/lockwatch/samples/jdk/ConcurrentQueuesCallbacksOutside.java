package io.lockwatch.samples.jdk;

import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.function.Predicate;

/**
 * The fix for {@link ConcurrentQueuesCallbacks}, at a real size: 8 threads, each rerunning,
 * cancelling and describing 2,000 times over four concurrent collections. The application's code no
 * longer runs under a collection's lock: a job is cancelled with {@code removeIf} by its id (the
 * linked queues run the filter outside their locks, and the id is final) instead of {@code
 * remove(job)} and its {@code synchronized equals}; the queues are described with their own {@code
 * toString()}, which calls the jobs' {@code synchronized toString()} on a copy; the threshold of a
 * cancel is read under the scheduler's lock before the other collections are filtered. The jobs
 * still re-enqueue themselves under their own monitors, and the submitters still add under the
 * scheduler's lock: one order, no cycle.
 *
 * <p>Lockwatch should find nothing.
 */
public final class ConcurrentQueuesCallbacksOutside {
  // @expect:none
  // @expect:option(jdk=on)
  // @expect:summary(acquisitions>=10000,edges>=4)
  static final int THREADS = 8;
  static final int ROUNDS = 2_000;
  static final Object SCHEDULER = new Object();
  static final LinkedBlockingQueue<Job> LINKED = new LinkedBlockingQueue<>();
  static final LinkedBlockingDeque<Job> DEQUE = new LinkedBlockingDeque<>();
  static final PriorityBlockingQueue<Integer> PRIORITY = new PriorityBlockingQueue<>();
  static final CopyOnWriteArrayList<Integer> COPIED = new CopyOnWriteArrayList<>();
  private static int cancelledBelow;

  /** A job that describes itself, compares itself and re-enqueues itself under its own monitor. */
  static final class Job {
    private final int id;
    private int runs;

    Job(int id) {
      this.id = id;
    }

    synchronized void rerun() {
      runs++;
      if (runs % 2 == 0) {
        LINKED.offer(this);
      } else {
        DEQUE.offerLast(this);
      }
    }

    @Override
    public synchronized String toString() {
      return "job " + id + " (" + runs + " runs)";
    }

    @Override
    public synchronized boolean equals(Object other) {
      return other instanceof Job job && job.id == id;
    }

    @Override
    public int hashCode() {
      return id;
    }
  }

  private ConcurrentQueuesCallbacksOutside() {}

  public static void main(String[] args) throws InterruptedException {
    Thread[] threads = new Thread[THREADS];
    for (int t = 0; t < THREADS; t++) {
      int first = t * ROUNDS;
      threads[t] = new Thread(() -> work(first), "scheduler-" + t);
    }
    Threads.runTogether(threads);
    System.out.println(
        "ConcurrentQueuesCallbacksOutside: done, "
            + (LINKED.size() + DEQUE.size() + PRIORITY.size() + COPIED.size())
            + " queued");
  }

  private static void work(int first) {
    Job job = new Job(first);
    long described = 0;
    for (int i = first; i < first + ROUNDS; i++) {
      job.rerun();
      submit(i);
      if (i % 100 == 0) {
        described += LINKED.toString().length() + DEQUE.toString().length();
        int id = job.id;
        LINKED.removeIf(queued -> queued.id == id);
        DEQUE.removeIf(queued -> queued.id == id);
      }
      cancel();
    }
    if (described < 0) {
      System.out.println("never: a description has a length");
    }
  }

  private static void submit(int value) {
    synchronized (SCHEDULER) {
      cancelledBelow = value - 10;
      PRIORITY.offer(value);
      if (value % 50 == 0) {
        COPIED.add(value);
      }
    }
  }

  private static void cancel() {
    int threshold;
    synchronized (SCHEDULER) {
      threshold = cancelledBelow;
    }
    Predicate<Integer> stale = value -> value < threshold;
    PRIORITY.removeIf(stale);
    COPIED.removeIf(stale);
  }
}
