package io.lockwatch.samples.primitives;

import java.util.ArrayDeque;

/**
 * {@link BoundedBufferConditions} with the buffer's own monitor: {@code synchronized} methods,
 * {@code wait()} in a {@code while} loop, and {@code notifyAll()} (both sides wait on the same
 * monitor, so {@code notify()} could wake the wrong one). The producer and the consumer are those
 * of {@link BoundedBufferConditions}.
 *
 * <p>{@code wait()} releases the monitor it waits on, and that is the only one held: Lockwatch
 * should find nothing in any section, and count the acquisitions.
 */
public final class BoundedBufferMonitor {
  // @expect:none
  // @expect:summary(acquisitions>=80)

  /** A bounded FIFO buffer guarded by its own monitor. */
  static final class BoundedBuffer<T> implements BoundedBufferConditions.Buffer<T> {
    private final ArrayDeque<T> items = new ArrayDeque<>();
    private final int capacity;
    private int producerWaits;
    private int consumerWaits;

    BoundedBuffer(int capacity) {
      this.capacity = capacity;
    }

    @Override
    public void put(T item) throws InterruptedException {
      synchronized (this) { // @site:put-monitor
        while (items.size() == capacity) {
          producerWaits++;
          wait(); // @site:wait-not-full
        }
        items.addLast(item);
        notifyAll();
      }
    }

    @Override
    public T take() throws InterruptedException {
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

    @Override
    public synchronized String waits() {
      return "producer waited " + producerWaits + "x, consumer " + consumerWaits + "x";
    }
  }

  private BoundedBufferMonitor() {}

  public static void main(String[] args) throws InterruptedException {
    System.out.println(
        "BoundedBufferMonitor: done, "
            + BoundedBufferConditions.produceAndConsume(new BoundedBuffer<>(3)));
  }
}
