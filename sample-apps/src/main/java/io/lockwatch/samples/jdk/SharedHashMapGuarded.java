package io.lockwatch.samples.jdk;

import java.util.HashMap;
import java.util.Map;

/**
 * The fix for {@link SharedHashMapRegistry}: the lookup is {@code synchronized} on the same class
 * monitor as the registration, so every call on the map is ordered after the ones before it.
 *
 * <p>Lockwatch should find nothing.
 */
public final class SharedHashMapGuarded {
  // @expect:none
  // @expect:option(jdk=on)
  // @expect:summary(fieldsTracked>=1,fieldAccesses>=2)
  // @expect:twin(target=SharedHashMapRegistry)
  static final Map<String, Integer> POOLS = new HashMap<>();

  private SharedHashMapGuarded() {}

  static synchronized void register(String name, int size) {
    POOLS.put(name, size);
  }

  static synchronized boolean isRegistered(String name) {
    return POOLS.keySet().contains(name);
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
    System.out.println("SharedHashMapGuarded: done, registered " + seen[0]);
  }
}
