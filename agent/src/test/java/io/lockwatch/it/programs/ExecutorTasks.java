package io.lockwatch.it.programs;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * What an application sees of the tasks it hands its executors: {@code remove(task)} finds them,
 * {@code getQueue()} and {@code shutdownNow()} return them as they were given (a cast to the
 * application's own type works), and a plain field written before {@code execute} is read by the
 * task in order.
 */
public final class ExecutorTasks {
  /** The application's own task type. */
  static final class Job implements Runnable {
    final String name;

    Job(String name) {
      this.name = name;
    }

    @Override
    public void run() {
      System.out.println("ran " + name);
    }
  }

  /** Handed to a task through {@code execute}: no race. */
  static int published;

  public static void main(String[] args) throws Exception {
    onePool();
    singleThreadExecutor();
    handOff();
  }

  private static void onePool() throws InterruptedException {
    CountDownLatch release = new CountDownLatch(1);
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>());
    pool.execute(() -> awaitQuietly(release)); // keeps the only worker busy: the rest queue up
    Job queued = new Job("queued");
    Job removed = new Job("removed");
    pool.execute(queued);
    pool.execute(removed);
    System.out.println("remove " + pool.remove(removed));
    System.out.println("queue " + (pool.getQueue().peek() == queued));
    List<Runnable> rest = pool.shutdownNow();
    Job first = (Job) rest.get(0); // what an application may do with the list
    System.out.println("shutdownNow " + (first == queued) + " " + rest.size());
    release.countDown();
    System.out.println("terminated " + pool.awaitTermination(10, TimeUnit.SECONDS));
  }

  private static void singleThreadExecutor() throws InterruptedException {
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService single = Executors.newSingleThreadExecutor();
    single.execute(() -> awaitQuietly(release));
    Job waiting = new Job("waiting");
    single.execute(waiting);
    List<Runnable> rest = single.shutdownNow();
    System.out.println("single " + (rest.size() == 1 && rest.get(0) == waiting));
    release.countDown();
    single.awaitTermination(10, TimeUnit.SECONDS);
  }

  private static void handOff() throws InterruptedException {
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>());
    CountDownLatch started = new CountDownLatch(1);
    pool.execute(started::countDown); // the worker exists: the next task goes through the queue
    started.await();
    CountDownLatch done = new CountDownLatch(1);
    published = 42;
    pool.execute(
        () -> {
          System.out.println("read " + published);
          done.countDown();
        });
    done.await();
    pool.shutdown();
    pool.awaitTermination(10, TimeUnit.SECONDS);
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // shutdownNow interrupts the worker: expected
    }
  }
}
