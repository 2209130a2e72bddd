package io.lockwatch.samples.primitives;

import static io.lockwatch.samples.SampleThreads.numbered;
import static io.lockwatch.samples.SampleThreads.runTogether;
import static io.lockwatch.samples.SampleThreads.thread;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * A one-shot event: a {@code CountDownLatch(1)}. The producer prepares the data, then counts the
 * latch down; three consumers {@code await()} it and only then read the data. The data is a plain
 * field: the latch's memory-consistency contract (actions before {@code countDown()} happen before
 * a successful {@code await()}) is what makes reading it safe. Each consumer records what it got in
 * a log guarded by the log's monitor.
 *
 * <p>Nobody waits while holding a lock and every access is ordered: Lockwatch should find nothing
 * in any section, and count the log's acquisitions.
 */
public final class LatchEvent {
  // @expect:none
  // @expect:summary(acquisitions>=3)
  static final int CONSUMERS = 3;

  /** Data published once through the latch. */
  static final class Shipment {
    private final CountDownLatch ready = new CountDownLatch(1);
    private String contents; // written before countDown(), read after await()

    void publish(String what) {
      contents = what; // @site:publish
      ready.countDown(); // @site:count-down
    }

    String awaitContents() throws InterruptedException {
      ready.await(); // @site:await
      return contents; // @site:read
    }
  }

  private LatchEvent() {}

  public static void main(String[] args) throws InterruptedException {
    Shipment shipment = new Shipment();
    List<String> log = new ArrayList<>();
    List<Thread> threads =
        numbered(
            "consumer-",
            CONSUMERS,
            () -> {
              String got = shipment.awaitContents();
              synchronized (log) { // @site:log
                log.add(Thread.currentThread().getName() + " got " + got);
              }
            });
    threads.add(
        thread(
            "producer",
            () -> {
              Thread.sleep(30); // prepare the data while the consumers wait
              shipment.publish("important data");
            }));
    runTogether(threads);
    synchronized (log) {
      System.out.println("LatchEvent: done, " + log.size() + " consumers received the data");
    }
  }
}
