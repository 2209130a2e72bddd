package io.lockwatch.agent.runtime.hb;

/**
 * The names of the threads that held one thread number, each from the time it got the number on, so
 * a report names the thread of an old epoch rightly. Keeps the last {@link #KEPT} holders (a name
 * equal to the previous holder's is not repeated); an epoch older than all of them is named after
 * the oldest kept. Guarded by {@link ThreadSlots}.
 */
final class ThreadNames {
  private static final int KEPT = 16;

  private final long[] starts = new long[KEPT];
  private final String[] names = new String[KEPT];
  private int count;

  void add(long start, String name) {
    if (count > 0 && names[(count - 1) % KEPT].equals(name)) {
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
}
