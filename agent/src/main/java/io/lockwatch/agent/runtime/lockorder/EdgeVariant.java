package io.lockwatch.agent.runtime.lockorder;

import io.lockwatch.agent.runtime.support.Frame;
import java.util.Arrays;
import java.util.List;

/**
 * One way an edge A→B was taken: at which sites, in which modes, under which gate locks, and by
 * which threads (up to {@value LockOrderFacts#MAX_THREADS}). The stacks are those of the first time
 * it was seen.
 */
public final class EdgeVariant {
  /**
   * What tells one way of an edge from another.
   *
   * @param fromSite where the held lock {@code A} was taken
   * @param toSite where {@code B} was acquired
   * @param fromShare the share mode {@code A} was held in ({@link HeldLocks}' constants)
   * @param toShare the share mode {@code B} was acquired in
   * @param mode how the thread waited ({@link LockWaits})
   */
  public record Shape(int fromSite, int toSite, byte fromShare, byte toShare, byte mode) {}

  private final Shape shape;

  /**
   * Ids of the exclusive locks held when B was acquired (A included when A is exclusive): those
   * held every time this shape was taken, as {@link #narrowGates} keeps them.
   */
  private volatile int[] gates;

  /** Every lock held when B was acquired, outermost first. */
  final LockNode[] held;

  private volatile int fromPermits;
  private volatile long[] threadIds;
  private volatile String[] threadNames;
  private volatile List<Frame> acquiredStack = List.of();
  private volatile List<Frame> heldStack = List.of();

  EdgeVariant(
      Shape shape,
      int[] gates,
      LockNode[] held,
      long threadId,
      String threadName,
      int fromPermits) {
    this.shape = shape;
    this.fromPermits = fromPermits;
    this.gates = gates;
    this.held = held;
    this.threadIds = new long[] {threadId};
    this.threadNames = new String[] {threadName};
  }

  boolean hasShape(Shape other) {
    return shape.equals(other);
  }

  /**
   * The shape was taken again under {@code held} gates: only the gates held both times stay. A gate
   * rules a cycle out only if it was held every time, so keeping fewer never hides a deadlock, and
   * one pair of sites taken under many sets of outer locks stays one variant.
   */
  void narrowGates(int[] held) {
    int[] current = gates;
    if (Arrays.equals(current, held)) {
      return;
    }
    int[] kept = new int[current.length];
    int n = 0;
    for (int gate : current) {
      for (int other : held) {
        if (gate == other) {
          kept[n++] = gate;
          break;
        }
      }
    }
    if (n < current.length) {
      gates = Arrays.copyOf(kept, n);
    }
  }

  /** Adds a thread; returns false when it was known or the list is full. Caller holds the facts. */
  boolean addThread(long threadId, String threadName, int permits) {
    if (permits > fromPermits) {
      fromPermits = permits;
    }
    long[] ids = threadIds;
    for (long id : ids) {
      if (id == threadId) {
        return false;
      }
    }
    if (ids.length >= LockOrderFacts.MAX_THREADS) {
      return false;
    }
    long[] newIds = Arrays.copyOf(ids, ids.length + 1);
    newIds[ids.length] = threadId;
    String[] newNames = Arrays.copyOf(threadNames, ids.length + 1);
    newNames[ids.length] = threadName;
    threadNames = newNames;
    threadIds = newIds;
    return true;
  }

  /** Attaches the stacks of the first sighting. */
  void setStacksFrom(List<Frame> acquired, List<Frame> held) {
    this.heldStack = held;
    this.acquiredStack = acquired;
  }

  /** The site where the held lock {@code A} was taken. */
  public int fromSite() {
    return shape.fromSite();
  }

  /** The site where {@code B} was acquired. */
  public int toSite() {
    return shape.toSite();
  }

  /** The share mode {@code A} was held in ({@link HeldLocks}' constants). */
  public byte fromShare() {
    return shape.fromShare();
  }

  /** The share mode {@code B} was acquired in. */
  public byte toShare() {
    return shape.toShare();
  }

  /** How {@code B} was acquired: an {@code EventSink.MODE_} constant. */
  /** For a semaphore held, the most permits of it one thread held when taking this edge. */
  public int fromPermits() {
    return fromPermits;
  }

  /** How the thread waited ({@link LockWaits}). */
  public byte mode() {
    return shape.mode();
  }

  /** Ids of the exclusive locks held when {@code B} was acquired, sorted. */
  public int[] gates() {
    return gates;
  }

  /** Every lock held when {@code B} was acquired, outermost first. */
  public LockNode[] held() {
    return held;
  }

  /** The ids of the threads that took it this way (at most {@value LockOrderFacts#MAX_THREADS}). */
  public long[] threadIds() {
    return threadIds;
  }

  /** Their names, parallel to {@link #threadIds()}. */
  public String[] threadNames() {
    return threadNames;
  }

  /** The stack where {@code B} was first acquired this way, innermost first. */
  public List<Frame> acquiredStack() {
    return acquiredStack;
  }

  /** The stack where {@code A} was taken, as rebuilt from the acquiring one. */
  public List<Frame> heldStack() {
    return heldStack;
  }

  /** True when the two variants were taken under a common exclusive lock. */
  public boolean sharesGateWith(EdgeVariant other) {
    for (int a : gates) {
      for (int b : other.gates()) {
        if (a == b) {
          return true;
        }
      }
    }
    return false;
  }
}
