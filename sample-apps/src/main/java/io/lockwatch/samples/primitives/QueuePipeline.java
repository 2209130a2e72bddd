package io.lockwatch.samples.primitives;

import static io.lockwatch.samples.SampleThreads.numbered;
import static io.lockwatch.samples.SampleThreads.runTogether;
import static io.lockwatch.samples.SampleThreads.thread;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A pipeline over thread-safe queues: a producer puts ten tasks on a {@link BlockingQueue}, then a
 * poison pill; three consumers {@code take()} tasks until they meet the pill, which each puts back
 * for the next consumer. Each result is a mutable object handed to the main thread through a second
 * queue; a per-consumer tally is kept in a statistics object guarded by its monitor.
 *
 * <p>Nobody waits while holding a lock, and the queues order every hand-off: Lockwatch should find
 * nothing in any section, and count the statistics' acquisitions.
 */
public final class QueuePipeline {
  // @expect:none
  // @expect:summary(acquisitions>=10)
  static final int TASKS = 10;
  static final int CONSUMERS = 3;

  /** A unit of work; immutable. */
  record Task(int number) {}

  /** The end of the stream: a consumer that takes it puts it back and stops. */
  static final Task POISON = new Task(-1);

  /** A result, filled in by a consumer and read by main after the hand-off. */
  static final class Result {
    String task;
    String processedBy;
  }

  /** How many tasks each consumer handled; guarded by its monitor. */
  static final class Stats {
    private int processed;

    synchronized void oneMore() {
      processed++;
    }

    synchronized int processed() {
      return processed;
    }
  }

  private QueuePipeline() {}

  public static void main(String[] args) throws InterruptedException {
    BlockingQueue<Task> tasks = new LinkedBlockingQueue<>();
    BlockingQueue<Result> results = new LinkedBlockingQueue<>();
    Stats stats = new Stats();

    List<Thread> threads = new ArrayList<>();
    threads.add(
        thread(
            "producer",
            () -> {
              for (int i = 0; i < TASKS; i++) {
                tasks.put(new Task(i)); // @site:produce
                Thread.sleep(1);
              }
              tasks.put(POISON); // @site:poison
            }));
    threads.addAll(
        numbered(
            "consumer-",
            CONSUMERS,
            () -> {
              while (true) {
                Task task = tasks.take(); // @site:consume
                if (task == POISON) {
                  tasks.put(POISON); // let the other consumers see it too
                  return;
                }
                Result result = new Result();
                result.task = "task " + task.number();
                result.processedBy = Thread.currentThread().getName();
                results.put(result); // @site:hand-result
                stats.oneMore(); // @site:tally
              }
            }));
    runTogether(threads);
    int collected = 0;
    for (Result result = results.poll(); result != null; result = results.poll()) {
      if (result.task != null && result.processedBy != null) {
        collected++;
      }
    }
    System.out.println(
        "QueuePipeline: done, " + collected + " results, " + stats.processed() + " tasks tallied");
  }
}
