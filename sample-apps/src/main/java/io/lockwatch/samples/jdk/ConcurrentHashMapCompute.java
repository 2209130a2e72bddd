package io.lockwatch.samples.jdk;

import java.util.concurrent.ConcurrentHashMap;

/**
 * A cycle through a {@code ConcurrentHashMap}'s bin lock: {@code computeIfAbsent} runs its function
 * while holding the lock of the key's bin, and this function takes the directory lock; the closer
 * holds the directory lock while it removes the same key, which locks the same bin. Run at the same
 * time, each can hold its first lock and wait forever for the other's. The map's bins are one lock
 * per map: keys share bins, and a resize locks them all.
 *
 * <p>Lockwatch should report exactly one lock-order cycle: the opener's edge from the {@code
 * computeIfAbsent} call to the function's {@code synchronized}, the closer's at its lines. The fix
 * is {@link ConcurrentHashMapOpenFirst}.
 */
public final class ConcurrentHashMapCompute {
  // @expect:cycle(kind=deadlock,severity=high,lockKind=monitor)
  // @expect:option(jdk=on)
  // @expect:summary(acquisitions>=4,edges>=2)
  static final Object DIRECTORY = new Object();
  static final ConcurrentHashMap<String, Integer> SESSIONS = new ConcurrentHashMap<>();
  private static int opened;

  private ConcurrentHashMapCompute() {}

  public static void main(String[] args) throws InterruptedException {
    Threads.runAlone("opener", ConcurrentHashMapCompute::open);
    Threads.runAlone("closer", ConcurrentHashMapCompute::close);
    System.out.println("ConcurrentHashMapCompute: done, " + opened + " opened");
  }

  private static void open() {
    SESSIONS.computeIfAbsent( // @expect:cycle-held(thread=opener,lock=bin locks)
        "alice",
        user -> {
          synchronized (DIRECTORY) { // @expect:cycle-acquired(thread=opener,lock=DIRECTORY)
            return ++opened;
          }
        });
  }

  private static void close() {
    synchronized (DIRECTORY) { // @expect:cycle-held(thread=closer,lock=DIRECTORY)
      SESSIONS.remove("alice"); // @expect:cycle-acquired(thread=closer,lock=bin locks)
    }
  }
}
