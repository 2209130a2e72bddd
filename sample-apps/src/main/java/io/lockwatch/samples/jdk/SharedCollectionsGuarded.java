package io.lockwatch.samples.jdk;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * The fix for {@link SharedCollectionsUnguarded}, at a real size: 8 threads, each recording and
 * reading 2,000 times, over the same four collections that are not thread-safe, every update and
 * every read under the class's monitor.
 *
 * <p>Lockwatch should find nothing.
 */
public final class SharedCollectionsGuarded {
  // @expect:none
  // @expect:option(jdk=on)
  // @expect:summary(fieldAccesses>=1000)
  static final int THREADS = 8;
  static final int ROUNDS = 2_000;
  static final Set<String> MEMBERS = new HashSet<>();
  static final NavigableMap<String, Integer> PRICES = new TreeMap<>();
  static final Deque<String> PENDING = new ArrayDeque<>();
  static final List<String> HISTORY = new LinkedList<>();

  private SharedCollectionsGuarded() {}

  static synchronized void record(String name, int price) {
    MEMBERS.add(name);
    PRICES.put(name, price);
    PENDING.addLast(name);
    HISTORY.add(name);
    if (HISTORY.size() > 100) {
      HISTORY.remove(0);
      PENDING.pollFirst();
    }
  }

  static synchronized int look(String name) {
    int seen = MEMBERS.contains(name) ? 1 : 0;
    seen += PRICES.getOrDefault(name, 0);
    seen += PENDING.peekFirst() == null ? 0 : 1;
    return seen + HISTORY.size();
  }

  public static void main(String[] args) throws InterruptedException {
    Thread[] threads = new Thread[THREADS];
    long[] seen = new long[THREADS];
    for (int t = 0; t < THREADS; t++) {
      int id = t;
      threads[t] =
          new Thread(
              () -> {
                for (int i = 0; i < ROUNDS; i++) {
                  String name = "item-" + (i % 300);
                  record(name, i);
                  seen[id] += look(name);
                }
              },
              "clerk-" + t);
    }
    Threads.runTogether(threads);
    System.out.println("SharedCollectionsGuarded: done, " + look("item-1") + " seen last");
  }
}
