package io.lockwatch.agent.runtime.hb;

import io.lockwatch.agent.runtime.lockorder.LockNode;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;

/**
 * The happens-before clock of each lock, beside its node rather than inside it: lock order knows
 * nothing of clocks, and with race detection off no lock has one.
 *
 * <p>Indexed by the node's dense id in chunks, so finding a clock costs a few array reads and no
 * hashing. Clocks are created on first use under a private monitor and published with release
 * stores; readers take no monitor (a clock's own state is guarded by the clock's monitor). A lock
 * that was garbage collected can never be acquired again: its clock is {@linkplain #forget
 * forgotten}, and a chunk whose clocks are all forgotten is dropped, so memory stays bounded under
 * lock churn.
 */
public final class LockClocks {
  private static final int CHUNK_BITS = 10;
  private static final int CHUNK = 1 << CHUNK_BITS;
  private static final VarHandle CHUNKS = MethodHandles.arrayElementVarHandle(SyncClock[][].class);
  private static final VarHandle CLOCKS = MethodHandles.arrayElementVarHandle(SyncClock[].class);

  private volatile SyncClock[][] chunks = new SyncClock[16][];

  /** How many clocks each chunk holds; guarded by this. */
  private int[] counts = new int[16];

  /** The clock of {@code node}'s lock, created on first use. */
  public SyncClock of(LockNode node) {
    int id = node.id();
    SyncClock[][] known = chunks;
    int chunk = id >>> CHUNK_BITS;
    if (chunk < known.length) {
      SyncClock[] clocks = (SyncClock[]) CHUNKS.getAcquire(known, chunk);
      if (clocks != null) {
        SyncClock clock = (SyncClock) CLOCKS.getAcquire(clocks, id & (CHUNK - 1));
        if (clock != null) {
          return clock;
        }
      }
    }
    return create(node);
  }

  /** {@code node}'s lock was garbage collected: nobody can acquire it again. */
  public synchronized void forget(LockNode node) {
    int id = node.id();
    int chunk = id >>> CHUNK_BITS;
    SyncClock[][] known = chunks;
    SyncClock[] clocks = chunk < known.length ? known[chunk] : null;
    if (clocks == null || clocks[id & (CHUNK - 1)] == null) {
      return;
    }
    clocks[id & (CHUNK - 1)] = null;
    if (--counts[chunk] == 0) {
      known[chunk] = null;
    }
  }

  /** How many clocks are kept. */
  synchronized int size() {
    return Arrays.stream(counts).sum();
  }

  private synchronized SyncClock create(LockNode node) {
    int id = node.id();
    int chunk = id >>> CHUNK_BITS;
    SyncClock[][] known = chunks;
    if (chunk >= known.length) {
      int length = Math.max(chunk + 1, known.length * 2);
      known = Arrays.copyOf(known, length);
      counts = Arrays.copyOf(counts, length);
      chunks = known;
    }
    SyncClock[] clocks = known[chunk];
    if (clocks == null) {
      clocks = new SyncClock[CHUNK];
      CHUNKS.setRelease(known, chunk, clocks);
    }
    SyncClock clock = clocks[id & (CHUNK - 1)];
    if (clock == null) {
      byte kind = node.kind();
      clock =
          new SyncClock(
              kind != LockNode.KIND_SEMAPHORE,
              kind == LockNode.KIND_MONITOR || kind == LockNode.KIND_LOCK);
      CLOCKS.setRelease(clocks, id & (CHUNK - 1), clock);
      counts[chunk]++;
    }
    return clock;
  }
}
