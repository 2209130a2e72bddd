package io.lockwatch.samples.primitives;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Everything together: a pool of three workers with a task queue and a result queue, a completion
 * counter guarded by a lock, a start barrier shared by the workers and the coordinator, a latch
 * that counts finished tasks, and a one-shot "stop" event (a latch) that tells the workers to
 * leave. Workers poll the task queue with a timeout so they notice the stop event.
 *
 * <p>Nobody waits while holding a lock: Lockwatch should find nothing in any section, and count the
 * counter's acquisitions.
 */
public final class WorkerPool {
  // @expect:none
  // @expect:summary(acquisitions>=10)
  static final int WORKERS = 3;
  static final int TASKS = 10;

  /** A counter safe to share: every access holds its lock. */
  static final class ThreadSafeCounter {
    private final ReentrantLock lock = new ReentrantLock();
    private int value;

    int increment() {
      lock.lock(); // @site:increment
      try {
        return ++value;
      } finally {
        lock.unlock();
      }
    }

    int value() {
      lock.lock();
      try {
        return value;
      } finally {
        lock.unlock();
      }
    }
  }

  private final BlockingQueue<Integer> tasks = new LinkedBlockingQueue<>();
  private final BlockingQueue<String> results = new LinkedBlockingQueue<>();
  private final ThreadSafeCounter completed = new ThreadSafeCounter();
  private final CyclicBarrier everyoneReady = new CyclicBarrier(WORKERS + 1); // +1: coordinator
  private final CountDownLatch allTasksDone;
  private final CountDownLatch stop = new CountDownLatch(1);
  private final List<Thread> workers = new ArrayList<>();

  WorkerPool(int expectedTasks) {
    allTasksDone = new CountDownLatch(expectedTasks);
    for (int i = 0; i < WORKERS; i++) {
      int id = i;
      Thread worker = new Thread(() -> work(id), "worker-" + i);
      workers.add(worker);
      worker.start();
    }
  }

  private void work(int id) {
    try {
      everyoneReady.await(); // @site:worker-ready
      while (stop.getCount() > 0) {
        Integer task = tasks.poll(20, TimeUnit.MILLISECONDS); // @site:poll
        if (task == null) {
          continue; // look at the stop event again
        }
        results.put("task " + task + " done by worker " + id); // @site:result
        completed.increment();
        allTasksDone.countDown(); // @site:task-done
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (BrokenBarrierException e) {
      throw new IllegalStateException(e);
    }
  }

  void addTasks(int count) throws InterruptedException {
    for (int i = 0; i < count; i++) {
      tasks.put(i);
    }
  }

  List<String> waitForCompletion() throws InterruptedException, BrokenBarrierException {
    everyoneReady.await(); // @site:coordinator-ready
    allTasksDone.await(); // @site:await-all-done
    stop.countDown(); // @site:stop
    for (Thread worker : workers) {
      worker.join();
    }
    List<String> collected = new ArrayList<>();
    results.drainTo(collected);
    return collected;
  }

  public static void main(String[] args) throws Exception {
    WorkerPool pool = new WorkerPool(TASKS);
    pool.addTasks(TASKS);
    List<String> results = pool.waitForCompletion();
    System.out.println(
        "WorkerPool: done, " + results.size() + " results, counter " + pool.completed.value());
  }
}
