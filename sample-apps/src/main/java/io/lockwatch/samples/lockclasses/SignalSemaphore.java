package io.lockwatch.samples.lockclasses;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;

/**
 * A semaphore used as a wake-up signal (Jetty's selector has this shape): the producer releases a
 * permit per item it queues, the consumer acquires one per item it takes. The permits go from one
 * thread to the other; the consumer never gives them back, so it holds nothing: what it does after
 * waking (taking a lock, waiting for a latch) is not done "while holding the semaphore".
 */
public final class SignalSemaphore {
  // @expect:none
  // @expect:summary(acquisitions>=10)
  static final int ITEMS = 5;
  static final Semaphore WAKE_UP = new Semaphore(0);
  static final ConcurrentLinkedQueue<Integer> QUEUE = new ConcurrentLinkedQueue<>();
  static final Object STATS = new Object();
  private static int consumed;

  private SignalSemaphore() {}

  public static void main(String[] args) throws InterruptedException {
    CountDownLatch drained = new CountDownLatch(1);
    CountDownLatch finish = new CountDownLatch(1);
    Thread consumer =
        new Thread(
            () -> {
              for (int i = 0; i < ITEMS; i++) {
                WAKE_UP.acquireUninterruptibly();
                QUEUE.poll();
                synchronized (STATS) {
                  consumed++;
                }
              }
              drained.countDown();
              try {
                finish.await(); // a wait, but with nothing held: the permits were signals
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "consumer");
    consumer.start();
    for (int i = 0; i < ITEMS; i++) {
      QUEUE.add(i);
      WAKE_UP.release();
    }
    drained.await();
    finish.countDown();
    consumer.join();
    synchronized (STATS) {
      System.out.println("SignalSemaphore: done, " + consumed + " items");
    }
  }
}
