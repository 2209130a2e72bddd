package io.lockwatch.samples.contracts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A shared cache used as the JDK documents it: an object put under a key is read by a thread that
 * got it from that key; a session built inside {@code compute} is read by the thread whose later
 * {@code compute} of the same key returned it; a bulk load by {@code putAll} is read through {@code
 * values()}. Meanwhile other threads hammer other keys, which must order nothing and must not be
 * needed either. Keys are strings (compared by value) and an application record (never compared by
 * the agent).
 *
 * <p>Lockwatch should find nothing; its racy twin is {@link RacyMapHandoffs}.
 */
public final class MapHandoffs {
  // @expect:none
  // @expect:option(races=on)
  // @expect:summary(fieldAccesses>=10)
  // @expect:twin(target=RacyMapHandoffs)

  /** A cached value with plain fields, written before it is published. */
  static final class Config {
    String name;
    int timeoutMillis;
  }

  /** A session the mapping function builds. */
  static final class Session {
    int logins;
  }

  /** A key of the application's own, with its own equals. */
  record UserId(int id) {}

  private MapHandoffs() {}

  public static void main(String[] args) throws InterruptedException {
    Map<String, Config> cache = new ConcurrentHashMap<>();
    ConcurrentHashMap<UserId, Session> sessions = new ConcurrentHashMap<>();
    Map<String, Config> loaded = new ConcurrentHashMap<>();
    int[] seen = new int[3];
    List<Thread> threads = new ArrayList<>();
    threads.add(
        new Thread(
            () -> {
              Config config = new Config();
              config.name = "primary"; // @site:write-config
              config.timeoutMillis = 250;
              cache.put("config", config);
              sessions.compute(new UserId(7), (id, old) -> newSession());
              Map<String, Config> bulk = new ConcurrentHashMap<>();
              Config fallback = new Config();
              fallback.timeoutMillis = 1_000;
              bulk.put("fallback", fallback);
              loaded.putAll(bulk);
            },
            "publisher"));
    for (int i = 0; i < 4; i++) {
      threads.add(
          new Thread(
              () -> {
                for (int n = 0; n < 1_000; n++) {
                  cache.get("other-" + (n % 10)); // other keys: no hand-off needed or made
                }
              },
              "noise-" + i));
    }
    for (Thread thread : threads) {
      thread.start();
    }
    Thread reader =
        new Thread(
            () -> {
              Config config;
              while ((config = cache.get("config")) == null) {
                Thread.onSpinWait();
              }
              seen[0] = config.timeoutMillis; // @site:read-config
              Session session;
              while ((session = sessions.compute(new UserId(7), (id, old) -> old)) == null) {
                Thread.onSpinWait();
              }
              seen[1] = session.logins;
              while (loaded.isEmpty()) {
                Thread.onSpinWait();
              }
              for (Config each : loaded.values()) {
                seen[2] = each.timeoutMillis;
              }
            },
            "reader");
    reader.start();
    for (Thread thread : threads) {
      thread.join();
    }
    reader.join();
    System.out.println(
        "MapHandoffs: done, saw " + seen[0] + " ms, " + seen[1] + " login, " + seen[2] + " ms");
  }

  private static Session newSession() {
    Session session = new Session();
    session.logins = 1; // @site:build-session
    return session;
  }
}
