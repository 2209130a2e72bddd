package io.lockwatch.agent.runtime.jdk;

import io.lockwatch.agent.runtime.lockorder.LockNode;
import io.lockwatch.agent.runtime.lockorder.LockTable;
import io.lockwatch.agent.runtime.lockorder.StandInLock;
import io.lockwatch.agent.runtime.support.WeakIdentityTable;

/**
 * The bins of one {@code ConcurrentHashMap} as one lock. The map locks a bin (its first node, or a
 * reservation node) while it writes it and while a {@code compute*} or {@code merge} function runs;
 * which bin a key lands in, and which node heads it, change with the map's contents and its resizes
 * (which lock every bin in turn). So two writes of the same map are taken to contend, which is what
 * a lock-order prediction needs: a function that takes a lock while another thread writes the map
 * holding that lock is a deadlock waiting to happen. The key is a private object, never the map
 * itself, whose monitor the application may take for unrelated reasons.
 */
public final class BinLocks {
  /** The lock-table key of one map's bins. */
  private static final class Bins implements StandInLock {}

  private final LockTable locks;
  private final WeakIdentityTable<Object> keys = new WeakIdentityTable<>(key -> {});

  /**
   * @param locks where the bins' node is made, named after the map's type
   */
  public BinLocks(LockTable locks) {
    this.locks = locks;
  }

  /** The key of {@code map}'s bins in the lock table; its node is made on first sight. */
  public Object keyOf(Object map, int site) {
    Object key = keys.get(map);
    if (key != null) {
      return key;
    }
    return keys.computeIfAbsent(
        map,
        () -> {
          Bins bins = new Bins();
          locks.nodeFor(bins, LockNode.KIND_MONITOR, map.getClass(), site);
          return bins;
        });
  }
}
