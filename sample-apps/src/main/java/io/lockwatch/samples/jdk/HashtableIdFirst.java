package io.lockwatch.samples.jdk;

import java.util.Hashtable;
import java.util.Map;

/**
 * The fix for {@link HashtableComputeIfAbsent}: the id is drawn under the registry lock first, and
 * the table is written afterwards, outside it; the renumberer still puts while holding the registry
 * lock. One order, no cycle.
 *
 * <p>Lockwatch should find nothing.
 */
public final class HashtableIdFirst {
  // @expect:none
  // @expect:option(jdk=on)
  // @expect:summary(acquisitions>=4,edges>=1)
  static final Object REGISTRY = new Object();
  static final Map<String, Integer> IDS = new Hashtable<>();
  private static int nextId;

  private HashtableIdFirst() {}

  public static void main(String[] args) throws InterruptedException {
    Threads.runAlone("assigner", HashtableIdFirst::assign);
    Threads.runAlone("renumberer", HashtableIdFirst::renumber);
    System.out.println("HashtableIdFirst: done, " + IDS.size() + " ids");
  }

  private static void assign() {
    int id;
    synchronized (REGISTRY) {
      id = ++nextId;
    }
    IDS.putIfAbsent("alice", id);
  }

  private static void renumber() {
    synchronized (REGISTRY) {
      IDS.put("bob", ++nextId);
    }
  }
}
