package io.lockwatch.agent.runtime.lockorder;

import io.lockwatch.agent.runtime.support.Frame;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Requests that a thread's own holds make wait forever: a write lock requested by a thread that
 * holds the same {@code ReentrantReadWriteLock} (or {@code StampedLock}) for reading (an upgrade),
 * and a {@code StampedLock}, which is not reentrant, requested again by its holder. One record per
 * pair of sites, the first seen. Bounded.
 */
public final class SelfDeadlocks {
  private static final int MAX = 10_000;

  /** What kind of self-deadlock. */
  public enum Kind {
    /** Read held, write requested: the writer waits for its own read hold. */
    UPGRADE,
    /** A lock that is not reentrant requested again by the thread that holds it. */
    REACQUIRE
  }

  /**
   * One self-deadlock as first seen.
   *
   * @param kind upgrade or re-acquisition
   * @param lock the lock
   * @param heldSite where the thread took its hold
   * @param requestSite where it asked again
   * @param thread the thread's name
   * @param stack the stack of the request
   * @param waitsForever true for a request without a timeout (a try gives up instead)
   */
  public record Record(
      Kind kind,
      LockNode lock,
      int heldSite,
      int requestSite,
      String thread,
      List<Frame> stack,
      boolean waitsForever) {}

  private final Map<Long, Record> records = new ConcurrentHashMap<>();

  /** True when this pair of sites is recorded already (the caller then skips the stack walk). */
  boolean known(int heldSite, int requestSite) {
    return records.containsKey(key(heldSite, requestSite));
  }

  void record(Record record) {
    if (records.size() < MAX) {
      records.putIfAbsent(key(record.heldSite(), record.requestSite()), record);
    }
  }

  /** Every record so far. */
  public List<Record> all() {
    return new ArrayList<>(records.values());
  }

  private static long key(int heldSite, int requestSite) {
    return ((long) heldSite << 32) | (requestSite & 0xFFFFFFFFL);
  }
}
