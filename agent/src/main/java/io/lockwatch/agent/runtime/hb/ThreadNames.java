package io.lockwatch.agent.runtime.hb;

import java.util.Objects;

/**
 * What one thread number stood for over time: the names of the threads that held it, or the tests
 * its threads ran, each from the time it began, so a report names the thread (or test) of an old
 * epoch rightly. Keeps the last {@link #KEPT} entries (one equal to the previous is not repeated);
 * an epoch older than all of them is given the oldest kept by {@link #at}, and nothing by {@link
 * #exactlyAt}. Guarded by {@link ThreadSlots}.
 */
final class ThreadNames {
  private static final int KEPT = 16;

  private final long[] starts = new long[KEPT];
  private final String[] names = new String[KEPT];
  private int count;

  void add(long start, String name) {
    if (count > 0 && Objects.equals(names[(count - 1) % KEPT], name)) {
      return; // same name as the previous holder: its entry covers this one too
    }
    starts[count % KEPT] = start;
    names[count % KEPT] = name;
    count++;
  }

  /** The name of the holder at {@code time}, or null when there never was one. */
  String at(long time) {
    if (count == 0) {
      return null;
    }
    int oldest = Math.max(0, count - KEPT);
    for (int i = count - 1; i > oldest; i--) {
      if (starts[i % KEPT] <= time) {
        return names[i % KEPT];
      }
    }
    return names[oldest % KEPT];
  }

  /**
   * The entry at {@code time}, or null when {@code time} is older than every entry kept (where
   * {@link #at} would guess).
   */
  String exactlyAt(long time) {
    if (count == 0 || time < starts[Math.max(0, count - KEPT) % KEPT]) {
      return null;
    }
    return at(time);
  }
}
