package io.lockwatch.agent.runtime.lockorder;

import io.lockwatch.agent.runtime.support.SiteInfo;

/**
 * One lock instance as the analysis knows it. Holds no reference to the lock object itself, so a
 * lock can be garbage collected while its node lives on in the lock-order graph.
 */
public final class LockNode {
  /** A {@code synchronized} monitor. */
  public static final byte KIND_MONITOR = 0;

  /** A {@code java.util.concurrent.locks.Lock} other than a read-write lock. */
  public static final byte KIND_LOCK = 1;

  /** Both halves of a {@code ReentrantReadWriteLock}. */
  public static final byte KIND_READ_WRITE = 2;

  /** A {@code java.util.concurrent.Semaphore}: a resource with a number of permits. */
  public static final byte KIND_SEMAPHORE = 3;

  private final int id;
  private final byte kind;
  private final String type;
  private final SiteInfo firstSeen;
  private volatile boolean writeLocked;
  private volatile boolean collected;
  private volatile int permits = -1;

  /**
   * A node; {@link LockTable} makes them, tests may too.
   *
   * @param id dense, from 1, never reused
   * @param kind one of the {@code KIND_} constants
   * @param type the runtime class name of the lock object
   * @param firstSeen the site where the lock was first seen, or null
   */
  public LockNode(int id, byte kind, String type, SiteInfo firstSeen) {
    this.id = id;
    this.kind = kind;
    this.type = type;
    this.firstSeen = firstSeen;
  }

  /** The node's number: dense, from 1, never reused, so other concerns can index by it. */
  public int id() {
    return id;
  }

  /** One of the {@code KIND_} constants. */
  public byte kind() {
    return kind;
  }

  /** The runtime class name of the lock object. */
  public String type() {
    return type;
  }

  /** Where the lock was first seen, or null. */
  public SiteInfo firstSeen() {
    return firstSeen;
  }

  /** True once some thread took this read-write lock in write mode. */
  public boolean writeLocked() {
    return writeLocked;
  }

  void markWriteLocked() {
    if (!writeLocked) {
      writeLocked = true;
    }
  }

  /** True once the lock object was garbage collected. */
  boolean collected() {
    return collected;
  }

  void markCollected() {
    collected = true;
  }

  /**
   * For a semaphore: the permits it had when first seen (available plus the one taken); else -1.
   */
  int permits() {
    return permits;
  }

  void setPermits(int permits) {
    this.permits = permits;
  }

  /** {@code monitor}, {@code lock}, {@code read-write-lock} or {@code semaphore}. */
  public String kindName() {
    return switch (kind) {
      case KIND_MONITOR -> "monitor";
      case KIND_READ_WRITE -> "read-write-lock";
      case KIND_SEMAPHORE -> "semaphore";
      default -> "lock";
    };
  }

  @Override
  public String toString() {
    return kindName() + "#" + id + "(" + type + ")";
  }
}
