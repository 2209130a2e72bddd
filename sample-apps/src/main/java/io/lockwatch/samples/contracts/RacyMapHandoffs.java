package io.lockwatch.samples.contracts;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The racy twin of {@link MapHandoffs}: three mistakes a shared cache does not forgive, each made
 * by its own pair of threads.
 *
 * <ul>
 *   <li>a counter written before {@code cache.get("a")} and read after another thread's {@code
 *       cache.get("b")}: a get of another key orders nothing, and no get publishes anything;
 *   <li>an entry modified after it was put: the reader that got it sees the put, not what came
 *       after it;
 *   <li>a flag set before {@code containsKey("a")} and read after another thread's {@code
 *       containsKey("a")}: reads never publish.
 * </ul>
 *
 * <p>Lockwatch should report these three fields, each between the marked accesses.
 */
public final class RacyMapHandoffs {
  // @expect:race(field=RacyMapHandoffs$Stats.requests,observed=true)
  // @expect:race(field=RacyMapHandoffs$Entry.hits,observed=true)
  // @expect:race(field=RacyMapHandoffs$Stats.warm,observed=true)
  // @expect:option(races=on)
  // @expect:summary(fieldAccesses>=2)

  /** Plain counters of the cache's users. */
  static final class Stats {
    int requests;
    boolean warm;
  }

  /** A cached entry. */
  static final class Entry {
    int hits;
  }

  private RacyMapHandoffs() {}

  public static void main(String[] args) throws InterruptedException {
    Map<String, Entry> cache = new ConcurrentHashMap<>();
    cache.put("a", new Entry());
    cache.put("b", new Entry());
    Stats s = new Stats();
    int[] seen = new int[3];
    List<Thread> threads =
        List.of(
            new Thread(() -> count(s, cache), "count"),
            new Thread(() -> seen[0] = report(s, cache), "report"),
            new Thread(() -> publish(cache), "publish"),
            new Thread(() -> seen[1] = consume(cache), "consume"),
            new Thread(() -> warmUp(s, cache), "warm"),
            new Thread(() -> seen[2] = check(s, cache), "check"));
    for (Thread thread : threads) {
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    System.out.println(
        "RacyMapHandoffs: done, saw " + seen[0] + " requests, " + seen[1] + " hits, " + seen[2]);
  }

  private static void count(Stats s, Map<String, Entry> cache) {
    s.requests = 1; // @expect:race-write(thread=count,field=RacyMapHandoffs$Stats.requests)
    cache.get("a");
  }

  private static int report(Stats s, Map<String, Entry> cache) {
    cache.get("b");
    return s.requests; // @expect:race-read(thread=report,field=RacyMapHandoffs$Stats.requests)
  }

  private static void publish(Map<String, Entry> cache) {
    Entry e = new Entry();
    cache.put("shared", e);
    e.hits = 5; // @expect:race-write(thread=publish,field=RacyMapHandoffs$Entry.hits)
  }

  private static int consume(Map<String, Entry> cache) {
    Entry e;
    while ((e = cache.get("shared")) == null) {
      Thread.onSpinWait();
    }
    return e.hits; // @expect:race-read(thread=consume,field=RacyMapHandoffs$Entry.hits)
  }

  private static void warmUp(Stats s, Map<String, Entry> cache) {
    s.warm = true; // @expect:race-write(thread=warm,field=RacyMapHandoffs$Stats.warm)
    cache.containsKey("a");
  }

  private static int check(Stats s, Map<String, Entry> cache) {
    cache.containsKey("a");
    return s.warm ? 1 : 0; // @expect:race-read(thread=check,field=RacyMapHandoffs$Stats.warm)
  }
}
