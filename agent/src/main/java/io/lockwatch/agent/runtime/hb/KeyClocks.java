package io.lockwatch.agent.runtime.hb;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The clocks of a concurrent map's keys (or a concurrent set's elements), never calling an
 * application object's {@code hashCode} or {@code equals}:
 *
 * <ul>
 *   <li>keys of the JDK's value types ({@code String}, boxed numbers, {@code UUID}, ...) are
 *       compared as the map compares them, with their own {@code equals}, which is JDK code: one
 *       clock per key, exactly, for the first {@link #EXACT_KEYS} keys of a map; beyond, by their
 *       hash code (keys that share one share a clock, which can only hide a race);
 *   <li>keys whose class keeps {@code Object}'s identity {@code equals} (enums, most objects) are
 *       the same key only as the same object: by identity hash;
 *   <li>any other key (an application class with its own {@code equals}, a record) cannot be
 *       compared without running application code, so all such keys of a map share one clock: the
 *       map then orders their users as if it were one item, which can hide a race on them but never
 *       invent one.
 * </ul>
 */
final class KeyClocks {
  /** Keys of a map given their own clock; a cache with more shares clocks by hash code. */
  static final int EXACT_KEYS = 4096;

  private static final long BY_VALUE_HASH = 1L << 32;

  private final Map<Object, SyncClock> exact = new ConcurrentHashMap<>();
  private final ItemClocks hashed = new ItemClocks();
  private volatile SyncClock others;

  SyncClock of(Object key) {
    switch (KeyKinds.of(key.getClass())) {
      case KeyKinds.VALUE -> {
        SyncClock clock = exact.get(key);
        if (clock != null) {
          return clock;
        }
        if (exact.size() < EXACT_KEYS) {
          return exact.computeIfAbsent(key, k -> new SyncClock(false));
        }
        return hashed.of(BY_VALUE_HASH | (key.hashCode() & 0xFFFFFFFFL));
      }
      case KeyKinds.IDENTITY -> {
        return hashed.of(System.identityHashCode(key) & 0xFFFFFFFFL);
      }
      default -> {
        return others();
      }
    }
  }

  private SyncClock others() {
    SyncClock clock = others;
    if (clock == null) {
      synchronized (this) {
        if (others == null) {
          others = new SyncClock(false);
        }
        clock = others;
      }
    }
    return clock;
  }
}
