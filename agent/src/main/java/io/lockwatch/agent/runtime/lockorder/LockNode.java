package io.lockwatch.agent.runtime.lockorder;

import io.lockwatch.agent.runtime.support.SiteInfo;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;

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

  /** A {@code StampedLock}: its write and read stamps and its three views. */
  public static final byte KIND_STAMPED = 4;

  private static final AtomicIntegerFieldUpdater<LockNode> ACQUIRED =
      AtomicIntegerFieldUpdater.newUpdater(LockNode.class, "acquired");

  private final int id;
  private final byte kind;
  private final String type;
  private final SiteInfo firstSeen;
  private final LockClasses.Info lockClass;
  private volatile int acquired;
  private volatile boolean signal;
  private volatile boolean writeLocked;
  private volatile boolean collected;
  private volatile int permits = -1;

  /** Its lock-order edges; null until it has one (owned by {@link LockOrderFacts}). */
  Adjacency adjacency;

  /**
   * A node; {@link LockTable} makes them, tests may too.
   *
   * @param id dense, from 1, never reused
   * @param kind one of the {@code KIND_} constants
   * @param type the runtime class name of the lock object
   * @param firstSeen the site where the lock was first seen, or null
   * @param lockClass its lock class, or null (tests): the class of its type alone
   */
  public LockNode(int id, byte kind, String type, SiteInfo firstSeen, LockClasses.Info lockClass) {
    this.id = id;
    this.kind = kind;
    this.type = type;
    this.firstSeen = firstSeen;
    this.lockClass = lockClass != null ? lockClass : new LockClasses.Info(0, type, kind, firstSeen);
  }

  /** The id of the lock class this lock belongs to (see {@link LockClasses}). */
  public int lockClass() {
    return lockClass.id();
  }

  /**
   * True for exactly one caller, the first acquisition of the lock ever: nobody had taken it
   * before, so nobody can be holding it. After that a plain read answers, with no write.
   */
  boolean claimFirstAcquisition() {
    return acquired == 0 && ACQUIRED.compareAndSet(this, 0, 1);
  }

  /** True once a thread released a permit of this semaphore that it never acquired: a signal. */
  public boolean signal() {
    return signal;
  }

  void markSignal() {
    if (!signal) {
      signal = true;
      lockClass.markSignal();
    }
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
      lockClass.markWriteLocked();
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
  public int permits() {
    return permits;
  }

  void setPermits(int permits) {
    this.permits = permits;
    lockClass.permits(permits);
  }

  /**
   * {@code monitor}, {@code lock}, {@code read-write-lock}, {@code stamped-lock}, {@code
   * semaphore}.
   */
  public String kindName() {
    return kindName(kind);
  }

  /** The name of a {@code KIND_} constant. */
  public static String kindName(byte kind) {
    return switch (kind) {
      case KIND_MONITOR -> "monitor";
      case KIND_READ_WRITE -> "read-write-lock";
      case KIND_SEMAPHORE -> "semaphore";
      case KIND_STAMPED -> "stamped-lock";
      default -> "lock";
    };
  }

  @Override
  public String toString() {
    return kindName() + "#" + id + "(" + type + ")";
  }
}
