package io.lockwatch.samples.jdk;

import java.util.Hashtable;
import java.util.Map;

/**
 * A cycle through a {@code Hashtable}'s monitor: {@code computeIfAbsent} runs its function while
 * holding the table's monitor, and this function takes the registry lock to draw the next id;
 * another thread holds the registry lock while it puts into the table. Run at the same time, each
 * can hold its first lock and wait forever for the other's.
 *
 * <p>Lockwatch should report exactly one lock-order cycle, the assigner's edge from the {@code
 * computeIfAbsent} call to the function's {@code synchronized}. The fix is {@link
 * HashtableIdFirst}.
 */
public final class HashtableComputeIfAbsent {
  // @expect:cycle(kind=deadlock,severity=high,lockKind=monitor)
  // @expect:option(jdk=on)
  // @expect:summary(acquisitions>=4,edges>=2)
  static final Object REGISTRY = new Object();
  static final Map<String, Integer> IDS = new Hashtable<>();
  private static int nextId;

  private HashtableComputeIfAbsent() {}

  public static void main(String[] args) throws InterruptedException {
    Threads.runAlone("assigner", HashtableComputeIfAbsent::assign);
    Threads.runAlone("renumberer", HashtableComputeIfAbsent::renumber);
    System.out.println("HashtableComputeIfAbsent: done, " + IDS.size() + " ids");
  }

  private static void assign() {
    IDS.computeIfAbsent( // @expect:cycle-held(thread=assigner,lock=Hashtable)
        "alice",
        name -> {
          synchronized (REGISTRY) { // @expect:cycle-acquired(thread=assigner,lock=REGISTRY)
            return ++nextId;
          }
        });
  }

  private static void renumber() {
    synchronized (REGISTRY) { // @expect:cycle-held(thread=renumberer,lock=REGISTRY)
      IDS.put("bob", ++nextId); // @expect:cycle-acquired(thread=renumberer,lock=Hashtable)
    }
  }
}
