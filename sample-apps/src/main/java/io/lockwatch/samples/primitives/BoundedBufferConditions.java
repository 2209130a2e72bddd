package io.lockwatch.samples.primitives;

import static io.lockwatch.samples.SampleThreads.runTogether;
import static io.lockwatch.samples.SampleThreads.thread;

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

  /** A bounded FIFO buffer, whatever guards it: what the producer and the consumer use. */
  interface Buffer<T> {
    /** Adds the item, waiting while the buffer is full. */
    void put(T item) throws InterruptedException;

    /** Removes the oldest item, waiting while the buffer is empty. */
    T take() throws InterruptedException;

    /** How often each side had to wait. */
    String waits();
  }

  /** A bounded FIFO buffer; every field is guarded by {@code lock}. */
  static final class BoundedBuffer<T> implements Buffer<T> {
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

    @Override
    public void put(T item) throws InterruptedException {
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

    @Override
    public T take() throws InterruptedException {
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

    @Override
    public String waits() {
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
    System.out.println(
        "BoundedBufferConditions: done, " + produceAndConsume(new BoundedBuffer<>(3)));
  }

  /**
   * A {@code producer} puts {@value #ITEMS} numbers into the buffer while a {@code consumer} takes
   * them out. Says what the consumer got and how often each side waited.
   */
  static String produceAndConsume(Buffer<Integer> buffer) throws InterruptedException {
    AtomicLong sum = new AtomicLong();
    Thread producer =
        thread(
            "producer",
            () -> {
              for (int i = 1; i <= ITEMS; i++) {
                buffer.put(i);
              }
            });
    Thread consumer =
        thread(
            "consumer",
            () -> {
              long total = 0;
              for (int i = 1; i <= ITEMS; i++) {
                total += buffer.take();
                if (i % 10 == 0) {
                  Thread.sleep(2); // let the producer fill the buffer and wait
                }
              }
              sum.set(total);
            });
    runTogether(consumer, producer);
    return "consumed " + ITEMS + " items summing to " + sum.get() + " (" + buffer.waits() + ")";
  }
}
