package io.lockwatch.samples.jdk;

import java.util.HashMap;
import java.util.Map;

/**
 * A plain {@code HashMap} shared by threads without a common lock (commons-dbcp's DBCP-369): pools
 * are registered in a {@code synchronized} method, but looked up in one that is not, through the
 * map's key set. A {@code HashMap} is not thread-safe: a lookup that overlaps a registration can
 * miss the entry, or loop forever in a resizing table.
 *
 * <p>Lockwatch should report exactly one unguarded field: the map's state, named by the field that
 * holds it, with the registration (holding the class's monitor) and the lookup (holding nothing).
 * The fix is {@link SharedHashMapGuarded}.
 */
public final class SharedHashMapRegistry {
  // @expect:race(field="SharedHashMapRegistry.POOLS (java.util.HashMap)",observed=true)
  // @expect:option(jdk=on)
  // @expect:summary(fieldAccesses>=2)
  static final Map<String, Integer> POOLS = new HashMap<>();

  private SharedHashMapRegistry() {}

  static synchronized void register(String name, int size) {
    POOLS.put(name, size); // @expect:race-write(thread=registrar,locks=SharedHashMapRegistry)
  }

  static boolean isRegistered(String name) {
    return POOLS.keySet().contains(name); // @expect:race-read(thread=reader,locks=none)
  }

  public static void main(String[] args) throws InterruptedException {
    boolean[] seen = new boolean[1];
    Thread registrar = new Thread(() -> register("db", 8), "registrar");
    Thread reader =
        new Thread(
            () -> {
              Threads.pause(20);
              seen[0] = isRegistered("db");
            },
            "reader");
    Threads.runTogether(registrar, reader);
    System.out.println("SharedHashMapRegistry: done, registered " + seen[0]);
  }
}
