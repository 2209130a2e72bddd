package io.lockwatch.agent.runtime.hb;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * Clocks by a long item number, in an open-addressing table: lookups read without a lock (a slot's
 * clock is published after its key, so a reader that sees the clock sees the key), inserts and
 * growth take this object's private monitor. Grows with the items really used.
 */
final class ItemClocks {
  private static final VarHandle CLOCKS = MethodHandles.arrayElementVarHandle(SyncClock[].class);

  private static final class Table {
    final long[] items;
    final SyncClock[] clocks;

    Table(int size) {
      items = new long[size];
      clocks = new SyncClock[size];
    }
  }

  private volatile Table table = new Table(8);
  private int size;

  /** The clock of {@code item}, created on first use. */
  SyncClock of(long item) {
    Table known = table;
    int mask = known.clocks.length - 1;
    for (int i = slot(item, mask); ; i = (i + 1) & mask) {
      SyncClock clock = (SyncClock) CLOCKS.getAcquire(known.clocks, i);
      if (clock == null) {
        return insert(item);
      }
      if (known.items[i] == item) {
        return clock;
      }
    }
  }

  private synchronized SyncClock insert(long item) {
    Table known = table;
    int mask = known.clocks.length - 1;
    int i = slot(item, mask);
    for (; known.clocks[i] != null; i = (i + 1) & mask) {
      if (known.items[i] == item) {
        return known.clocks[i];
      }
    }
    SyncClock clock = new SyncClock(false);
    if (++size * 2 > known.clocks.length) {
      Table grown = new Table(known.clocks.length * 2);
      for (int j = 0; j < known.clocks.length; j++) {
        if (known.clocks[j] != null) {
          put(grown, known.items[j], known.clocks[j]);
        }
      }
      put(grown, item, clock);
      table = grown;
    } else {
      known.items[i] = item;
      CLOCKS.setRelease(known.clocks, i, clock);
    }
    return clock;
  }

  private static void put(Table table, long item, SyncClock clock) {
    int mask = table.clocks.length - 1;
    int i = slot(item, mask);
    while (table.clocks[i] != null) {
      i = (i + 1) & mask;
    }
    table.items[i] = item;
    table.clocks[i] = clock;
  }

  private static int slot(long item, int mask) {
    long h = item * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }
}
