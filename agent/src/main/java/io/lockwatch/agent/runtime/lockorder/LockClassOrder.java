package io.lockwatch.agent.runtime.lockorder;

import io.lockwatch.agent.runtime.support.Frame;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The lock-order facts between lock classes: which class some thread took at which site while
 * holding a lock of which class, taken where, in which modes and under which gates. One entry per
 * such shape however many objects took it, so it is bounded by the code; never pruned when locks
 * are collected and kept when the instance facts run out of room: the deadlock search starts here.
 */
public final class LockClassOrder {
  /** Shapes kept at most (far more than a program has lock sites); more are counted as dropped. */
  static final int MAX_SHAPES = 500_000;

  /**
   * The shape of a class-level fact.
   *
   * @param fromClass the held lock's class
   * @param toClass the requested lock's class
   * @param fromSite where the held lock was taken
   * @param toSite where the other was requested
   * @param fromShare how the held lock is held ({@code HeldLocks} share)
   * @param toShare how the other is requested
   * @param waitKind how the thread waited ({@link LockWaits})
   * @param gateClasses the classes of the exclusive locks held, sorted, distinct
   */
  public record Shape(
      int fromClass,
      int toClass,
      int fromSite,
      int toSite,
      byte fromShare,
      byte toShare,
      byte waitKind,
      int[] gateClasses) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Shape s
          && s.fromClass == fromClass
          && s.toClass == toClass
          && s.fromSite == fromSite
          && s.toSite == toSite
          && s.fromShare == fromShare
          && s.toShare == toShare
          && s.waitKind == waitKind
          && Arrays.equals(s.gateClasses, gateClasses);
    }

    @Override
    public int hashCode() {
      int h = ((fromClass * 31 + toClass) * 31 + fromSite) * 31 + toSite;
      h = ((h * 31 + fromShare) * 31 + toShare) * 31 + waitKind;
      return h * 31 + Arrays.hashCode(gateClasses);
    }
  }

  /** One shape with what was seen of it. */
  public static final class Entry {
    private final Shape shape;
    private final LongAdder count = new LongAdder();
    private long[] threadIds = new long[0];
    private String[] threadNames = new String[0];
    private int fromPermits = 1;
    private volatile List<Frame> heldStack = List.of();
    private volatile List<Frame> acquiredStack = List.of();

    Entry(Shape shape) {
      this.shape = shape;
    }

    /** The shape. */
    public Shape shape() {
      return shape;
    }

    /** How many instance facts had this shape. */
    public long count() {
      return count.sum();
    }

    /** The ids of the threads seen taking it (up to {@value LockOrderFacts#MAX_THREADS}). */
    public synchronized long[] threadIds() {
      return threadIds.clone();
    }

    /** The names of those threads, in the same order. */
    public synchronized String[] threadNames() {
      return threadNames.clone();
    }

    /** The most permits of a semaphore held one thread had when taking it. */
    public synchronized int fromPermits() {
      return fromPermits;
    }

    /** The stack where the held lock was taken, the first time. */
    public List<Frame> heldStack() {
      return heldStack;
    }

    /** The stack of the acquisition, the first time. */
    public List<Frame> acquiredStack() {
      return acquiredStack;
    }

    void setStacks(List<Frame> held, List<Frame> acquired) {
      heldStack = held;
      acquiredStack = acquired;
    }

    private synchronized boolean add(long threadId, String threadName, int permits) {
      fromPermits = Math.max(fromPermits, permits);
      for (long id : threadIds) {
        if (id == threadId) {
          return false;
        }
      }
      if (threadIds.length >= LockOrderFacts.MAX_THREADS) {
        return false;
      }
      threadIds = Arrays.copyOf(threadIds, threadIds.length + 1);
      threadIds[threadIds.length - 1] = threadId;
      threadNames = Arrays.copyOf(threadNames, threadNames.length + 1);
      threadNames[threadNames.length - 1] = threadName;
      return true;
    }
  }

  private final Map<Shape, Entry> entries = new ConcurrentHashMap<>();
  private final LongAdder dropped = new LongAdder();

  /**
   * Records one fact; returns the entry when the shape is new (so the caller can attach stacks),
   * else null.
   */
  Entry record(Shape shape, long threadId, String threadName, int fromPermits) {
    Entry entry = entries.get(shape);
    boolean created = false;
    if (entry == null) {
      if (entries.size() >= MAX_SHAPES) {
        dropped.increment();
        return null;
      }
      Entry fresh = new Entry(shape);
      entry = entries.putIfAbsent(shape, fresh);
      if (entry == null) {
        entry = fresh;
        created = true;
      }
    }
    entry.count.increment();
    entry.add(threadId, threadName, fromPermits);
    return created ? entry : null;
  }

  /** Every shape so far. */
  public List<Entry> snapshot() {
    return new ArrayList<>(entries.values());
  }

  /** Shapes dropped because {@value #MAX_SHAPES} were kept already. */
  public long dropped() {
    return dropped.sum();
  }
}
