package io.lockwatch.agent.runtime.hb;

/**
 * The clocks of one synchronization object: one for the object as a whole (a queue, an atomic, a
 * latch), and, created only when used, one per item of it (an atomic array's index, the object an
 * updater or a {@code VarHandle} touches, a concurrent map's key) with two more that tie items to
 * bulk operations: {@code bulk} receives what bulk writes ({@code putAll}, {@code clear}) publish
 * and every item's acquisition sees it; {@code anyItem} receives every release of any item and bulk
 * reads (iteration, {@code values()}) acquire it.
 */
final class ObjectClocks {
  private volatile SyncClock whole;
  private volatile SyncClock bulk;
  private volatile SyncClock anyItem;
  private volatile ItemClocks items;
  private volatile KeyClocks keys;

  /** The clock of the object as a whole. */
  SyncClock whole() {
    SyncClock clock = whole;
    return clock != null ? clock : create(0);
  }

  /** What bulk writes published. */
  SyncClock bulk() {
    SyncClock clock = bulk;
    return clock != null ? clock : create(1);
  }

  /** What any item's release published. */
  SyncClock anyItem() {
    SyncClock clock = anyItem;
    return clock != null ? clock : create(2);
  }

  /** The clock of item {@code item} (an index, an offset, a field's identity). */
  SyncClock item(long item) {
    ItemClocks known = items;
    if (known == null) {
      synchronized (this) {
        if (items == null) {
          items = new ItemClocks();
        }
        known = items;
      }
    }
    return known.of(item);
  }

  /** The clock of the map key or set element {@code key}. */
  SyncClock key(Object key) {
    KeyClocks known = keys;
    if (known == null) {
      synchronized (this) {
        if (keys == null) {
          keys = new KeyClocks();
        }
        known = keys;
      }
    }
    return known.of(key);
  }

  private synchronized SyncClock create(int which) {
    switch (which) {
      case 0 -> {
        if (whole == null) {
          whole = new SyncClock(false);
        }
        return whole;
      }
      case 1 -> {
        if (bulk == null) {
          bulk = new SyncClock(false);
        }
        return bulk;
      }
      default -> {
        if (anyItem == null) {
          anyItem = new SyncClock(false);
        }
        return anyItem;
      }
    }
  }
}
