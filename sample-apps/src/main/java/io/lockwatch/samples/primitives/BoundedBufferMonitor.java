package io.lockwatch.samples.primitives;

import java.util.ArrayDeque;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@link BoundedBufferConditions} with the buffer's own monitor: {@code synchronized} methods,
 * {@code wait()} in a {@code while} loop, and {@code notifyAll()} (both sides wait on the same
 * monitor, so {@code notify()} could wake the wrong one).
 *
 * <p>{@code wait()} releases the monitor it waits on, and that is the only one held: Lockwatch
 * should find nothing in any section, and count the acquisitions.
 */
public final class BoundedBufferMonitor {
  // @expect:none
  // @expect:summary(acquisitions>=80)
  static final int ITEMS = 40;

  /** A bounded FIFO buffer guarded by its own monitor. */
  static final class BoundedBuffer<T> {
    private final ArrayDeque<T> items = new ArrayDeque<>();
    private final int capacity;
    private int producerWaits;
    private int consumerWaits;

    BoundedBuffer(int capacity) {
      this.capacity = capacity;
    }

    void put(T item) throws InterruptedException {
      synchronized (this) { // @site:put-monitor
        while (items.size() == capacity) {
          producerWaits++;
          wait(); // @site:wait-not-full
        }
        items.addLast(item);
        notifyAll();
      }
    }

    T take() throws InterruptedException {
      synchronized (this) { // @site:take-monitor
        while (items.isEmpty()) {
          consumerWaits++;
          wait(); // @site:wait-not-empty
        }
        T item = items.removeFirst();
        notifyAll();
        return item;
      }
    }

    synchronized String waits() {
      return "producer waited " + producerWaits + "x, consumer " + consumerWaits + "x";
    }
  }

  private BoundedBufferMonitor() {}

  public static void main(String[] args) throws InterruptedException {
    BoundedBuffer<Integer> buffer = new BoundedBuffer<>(3);
    AtomicLong sum = new AtomicLong();
    Thread producer =
        new Thread(
            () -> {
              try {
                for (int i = 1; i <= ITEMS; i++) {
                  buffer.put(i);
                }
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "producer");
    Thread consumer =
        new Thread(
            () -> {
              try {
                long total = 0;
                for (int i = 1; i <= ITEMS; i++) {
                  total += buffer.take();
                  if (i % 10 == 0) {
                    Thread.sleep(2); // let the producer fill the buffer and wait
                  }
                }
                sum.set(total);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "consumer");
    consumer.start();
    producer.start();
    producer.join();
    consumer.join();
    System.out.println(
        "BoundedBufferMonitor: done, consumed "
            + ITEMS
            + " items summing to "
            + sum.get()
            + " ("
            + buffer.waits()
            + ")");
  }
}
