package io.lockwatch.samples.primitives;

import java.util.ArrayDeque;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A producer and a consumer share a bounded buffer guarded by one {@link ReentrantLock} and two
 * {@link Condition}s of it: the producer waits on {@code notFull} while the buffer is full, the
 * consumer on {@code notEmpty} while it is empty. Each waits in a {@code while} loop (a wake-up is
 * a hint, not a promise) and signals the other side with {@code signalAll}.
 *
 * <p>{@code await} releases the buffer's lock while waiting, and it is the only lock held: nothing
 * to report. Lockwatch should find nothing in any section, and count the acquisitions.
 */
public final class BoundedBufferConditions {
  // @expect:none
  // @expect:summary(acquisitions>=80)
  static final int ITEMS = 40;

  /** A bounded FIFO buffer; every field is guarded by {@code lock}. */
  static final class BoundedBuffer<T> {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notFull = lock.newCondition();
    private final Condition notEmpty = lock.newCondition();
    private final ArrayDeque<T> items = new ArrayDeque<>();
    private final int capacity;
    private int producerWaits;
    private int consumerWaits;

    BoundedBuffer(int capacity) {
      this.capacity = capacity;
    }

    void put(T item) throws InterruptedException {
      lock.lock(); // @site:put-lock
      try {
        while (items.size() == capacity) {
          producerWaits++;
          notFull.await(); // @site:await-not-full
        }
        items.addLast(item);
        notEmpty.signalAll();
      } finally {
        lock.unlock();
      }
    }

    T take() throws InterruptedException {
      lock.lock(); // @site:take-lock
      try {
        while (items.isEmpty()) {
          consumerWaits++;
          notEmpty.await(); // @site:await-not-empty
        }
        T item = items.removeFirst();
        notFull.signalAll();
        return item;
      } finally {
        lock.unlock();
      }
    }

    String waits() {
      lock.lock();
      try {
        return "producer waited " + producerWaits + "x, consumer " + consumerWaits + "x";
      } finally {
        lock.unlock();
      }
    }
  }

  private BoundedBufferConditions() {}

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
                    Thread.sleep(2); // let the producer fill the buffer and wait on notFull
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
        "BoundedBufferConditions: done, consumed "
            + ITEMS
            + " items summing to "
            + sum.get()
            + " ("
            + buffer.waits()
            + ")");
  }
}
