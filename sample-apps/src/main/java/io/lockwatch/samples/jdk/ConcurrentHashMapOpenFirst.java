package io.lockwatch.samples.jdk;

import java.util.concurrent.ConcurrentHashMap;

/**
 * The fix for {@link ConcurrentHashMapCompute}: the session is opened under the directory lock
 * first and put into the map afterwards, so no bin lock is held while waiting for the directory.
 * The closer still removes while holding the directory lock: one order, no cycle.
 *
 * <p>Lockwatch should find nothing.
 */
public final class ConcurrentHashMapOpenFirst {
  // @expect:none
  // @expect:option(jdk=on)
  // @expect:summary(acquisitions>=4,edges>=1)
  static final Object DIRECTORY = new Object();
  static final ConcurrentHashMap<String, Integer> SESSIONS = new ConcurrentHashMap<>();
  private static int opened;

  private ConcurrentHashMapOpenFirst() {}

  public static void main(String[] args) throws InterruptedException {
    Threads.runAlone("opener", ConcurrentHashMapOpenFirst::open);
    Threads.runAlone("closer", ConcurrentHashMapOpenFirst::close);
    System.out.println("ConcurrentHashMapOpenFirst: done, " + opened + " opened");
  }

  private static void open() {
    int session;
    synchronized (DIRECTORY) {
      session = ++opened;
    }
    SESSIONS.putIfAbsent("alice", session);
  }

  private static void close() {
    synchronized (DIRECTORY) {
      SESSIONS.remove("alice");
    }
  }
}
