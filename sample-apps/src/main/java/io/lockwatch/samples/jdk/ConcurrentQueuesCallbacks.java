package io.lockwatch.samples.jdk;

import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.DelayQueue;
import java.util.concurrent.Delayed;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The application's code run under the internal lock of a concurrent collection, in a cycle with
 * the application's own lock, once for each of the other collections Lockwatch watches:
 *
 * <ul>
 *   <li>{@code LinkedBlockingQueue} and {@code LinkedBlockingDeque}: {@code remove(job)} holds the
 *       collection's lock while it calls {@code job.equals}, here {@code synchronized}; the job
 *       re-enqueues itself while holding its own monitor.
 *   <li>{@code DelayQueue}: {@code remove(timer)} holds the queue's lock while it calls {@code
 *       timer.equals}, here {@code synchronized}; the timer's owner offers another timer while
 *       holding the timer's monitor.
 *   <li>{@code PriorityBlockingQueue} and {@code CopyOnWriteArrayList}: {@code removeIf} runs the
 *       filter under the collection's lock (its {@code ReentrantLock}, its monitor), here taking
 *       the scheduler's lock, which the submitter holds while it adds.
 * </ul>
 *
 * (Their {@code toString()}, and the filters of {@code removeIf} on the linked queues and {@code
 * DelayQueue}, run outside the collection's lock: there is no cycle in those, and Lockwatch reports
 * none.) Lockwatch should report five cycles, each naming the JDK collection's lock. The fix is
 * {@link ConcurrentQueuesCallbacksOutside}.
 */
public final class ConcurrentQueuesCallbacks {
  // @expect:cycle(kind=deadlock,severity=high,withLock=LinkedBlockingQueue+Job)
  // @expect:cycle(kind=deadlock,severity=high,withLock=LinkedBlockingDeque+Job)
  // @expect:cycle(kind=deadlock,severity=high,withLock=DelayQueue+Timer)
  // @expect:cycle(kind=deadlock,severity=high,withLock=PriorityBlockingQueue+SCHEDULER)
  // @expect:cycle(kind=deadlock,severity=high,withLock=CopyOnWriteArrayList+SCHEDULER)
  // @expect:option(jdk=on)
  // @expect:summary(acquisitions>=20,edges>=10)
  static final Object PRIORITY_SCHEDULER = new Object();
  static final Object COPY_SCHEDULER = new Object();
  static final LinkedBlockingQueue<Job> LINKED = new LinkedBlockingQueue<>();
  static final LinkedBlockingDeque<Job> DEQUE = new LinkedBlockingDeque<>();
  static final DelayQueue<Timer> DELAYED = new DelayQueue<>();
  static final PriorityBlockingQueue<Integer> PRIORITY = new PriorityBlockingQueue<>();
  static final CopyOnWriteArrayList<Integer> COPIED = new CopyOnWriteArrayList<>();
  private static volatile int cancelledBelow = 2;

  /** A job compared for equality, and re-enqueued, under its own monitor. */
  static final class Job {
    private final int id;
    private int runs;

    Job(int id) {
      this.id = id;
    }

    synchronized void rerunOn(LinkedBlockingQueue<Job> queue) {
      runs++;
      queue.offer(this);
    }

    synchronized void rerunOn(LinkedBlockingDeque<Job> deque) {
      runs++;
      deque.offerLast(this);
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

  /** A timer due at once, compared for equality under its own monitor. */
  static final class Timer implements Delayed {
    private final int id;

    Timer(int id) {
      this.id = id;
    }

    @Override
    public long getDelay(TimeUnit unit) {
      return 0;
    }

    @Override
    public int compareTo(Delayed other) {
      return Integer.compare(id, ((Timer) other).id);
    }

    @Override
    public synchronized boolean equals(Object other) {
      return other instanceof Timer timer && timer.id == id;
    }

    @Override
    public int hashCode() {
      return id;
    }
  }

  private ConcurrentQueuesCallbacks() {}

  public static void main(String[] args) throws InterruptedException {
    Job linked = new Job(1);
    Job deque = new Job(2);
    Timer timer = new Timer(3);
    LINKED.offer(linked);
    DEQUE.offer(deque);
    DELAYED.offer(timer);
    PRIORITY.add(1);
    PRIORITY.add(3);
    COPIED.add(1);
    COPIED.add(3);
    Threads.runAlone("canceller", () -> cancel(linked, deque, timer));
    Threads.runAlone("runner", () -> rerun(linked, deque, timer));
    System.out.println(
        "ConcurrentQueuesCallbacks: done, "
            + (LINKED.size() + DEQUE.size() + DELAYED.size() + PRIORITY.size() + COPIED.size())
            + " queued");
  }

  /** Cancels: each call runs the application's code under a JDK lock. */
  private static void cancel(Job linked, Job deque, Timer timer) {
    LINKED.remove(linked);
    DEQUE.remove(deque);
    DELAYED.remove(timer);
    PRIORITY.removeIf(
        job -> {
          synchronized (PRIORITY_SCHEDULER) {
            return job < cancelledBelow;
          }
        });
    COPIED.removeIf(
        job -> {
          synchronized (COPY_SCHEDULER) {
            return job < cancelledBelow;
          }
        });
  }

  /** Adds to each collection while holding the lock the other thread's callback takes. */
  private static void rerun(Job linked, Job deque, Timer timer) {
    linked.rerunOn(LINKED);
    deque.rerunOn(DEQUE);
    synchronized (timer) {
      DELAYED.offer(new Timer(4));
    }
    synchronized (PRIORITY_SCHEDULER) {
      PRIORITY.offer(5);
    }
    synchronized (COPY_SCHEDULER) {
      COPIED.add(5);
    }
    cancelledBelow = 0;
  }
}
