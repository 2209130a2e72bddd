package io.lockwatch.bench.workloads;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Workload 3: producers and consumers over a bounded buffer. {@code --kind condition} uses the
 * program's own buffer built on a {@link ReentrantLock} with two {@link Condition}s (instrumented
 * code); {@code --kind abq} uses {@link ArrayBlockingQueue} (JDK code, whose internal lock the
 * agent does not instrument). Half the threads produce, half consume; an operation is one item
 * consumed. Waits are timed (10 ms) so every thread notices the end of the run. Args: {@code --kind
 * condition|abq --threads N --warmup S --seconds S --capacity N}.
 */
public final class ProducerConsumer {
  private static final Object ITEM = new Object();
  private static final long WAIT_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

  /** The classic bounded buffer of the {@link Condition} javadoc, with timed waits. */
  static final class BoundedBuffer {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notFull = lock.newCondition();
    private final Condition notEmpty = lock.newCondition();
    private final Object[] items;
    private int putIndex;
    private int takeIndex;
    private int count;

    BoundedBuffer(int capacity) {
      items = new Object[capacity];
    }

    boolean offer(Object x, long nanos) throws InterruptedException {
      lock.lock();
      try {
        while (count == items.length) {
          if (nanos <= 0) {
            return false;
          }
          nanos = notFull.awaitNanos(nanos);
        }
        items[putIndex] = x;
        if (++putIndex == items.length) {
          putIndex = 0;
        }
        count++;
        notEmpty.signal();
        return true;
      } finally {
        lock.unlock();
      }
    }

    Object poll(long nanos) throws InterruptedException {
      lock.lock();
      try {
        while (count == 0) {
          if (nanos <= 0) {
            return null;
          }
          nanos = notEmpty.awaitNanos(nanos);
        }
        Object x = items[takeIndex];
        items[takeIndex] = null;
        if (++takeIndex == items.length) {
          takeIndex = 0;
        }
        count--;
        notFull.signal();
        return x;
      } finally {
        lock.unlock();
      }
    }
  }

  public static void main(String[] argv) throws Exception {
    Args args = new Args(argv);
    int threads = Math.max(2, args.integer("threads", 4));
    int capacity = args.integer("capacity", 1024);
    String kind = args.text("kind", "condition");
    int producers = threads / 2;
    Control.Worker worker;
    if (kind.equals("condition")) {
      BoundedBuffer buffer = new BoundedBuffer(capacity);
      worker =
          (index, meter) -> {
            if (index < producers) {
              while (meter.running()) {
                buffer.offer(ITEM, WAIT_NANOS);
              }
            } else {
              boolean more = true;
              while (more) {
                more = meter.add(buffer.poll(WAIT_NANOS) != null ? 1 : 0);
              }
            }
          };
    } else if (kind.equals("abq")) {
      ArrayBlockingQueue<Object> queue = new ArrayBlockingQueue<>(capacity);
      worker =
          (index, meter) -> {
            if (index < producers) {
              while (meter.running()) {
                queue.offer(ITEM, WAIT_NANOS, TimeUnit.NANOSECONDS);
              }
            } else {
              boolean more = true;
              while (more) {
                more = meter.add(queue.poll(WAIT_NANOS, TimeUnit.NANOSECONDS) != null ? 1 : 0);
              }
            }
          };
    } else {
      throw new IllegalArgumentException("--kind must be condition or abq, not " + kind);
    }
    Control.Outcome out = Control.run(args, threads, worker, i -> i >= producers);
    Output.finish("prodcons-" + kind, threads, out.ops(), out.seconds());
  }
}
