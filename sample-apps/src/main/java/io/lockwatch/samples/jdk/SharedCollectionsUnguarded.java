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
 * {@link SharedHashMapRegistry}'s bug with four more collections that are not thread-safe: a {@code
 * HashSet}, a {@code TreeMap}, an {@code ArrayDeque} and a {@code LinkedList}, each updated in a
 * {@code synchronized} method and read, by another thread, in a method that takes no lock. Any read
 * that overlaps an update can see the collection half-changed.
 *
 * <p>Lockwatch should report four unguarded fields, one per collection, each named by the field
 * that holds it and its type. The fix is {@link SharedCollectionsGuarded}.
 */
public final class SharedCollectionsUnguarded {
  // @expect:race(field="SharedCollectionsUnguarded.MEMBERS (java.util.HashSet)",observed=true)
  // @expect:race(field="SharedCollectionsUnguarded.PRICES (java.util.TreeMap)",observed=true)
  // @expect:race(field="SharedCollectionsUnguarded.PENDING (java.util.ArrayDeque)",observed=true)
  // @expect:race(field="SharedCollectionsUnguarded.HISTORY (java.util.LinkedList)",observed=true)
  // @expect:option(jdk=on)
  // @expect:summary(fieldAccesses>=8)
  static final Set<String> MEMBERS = new HashSet<>();
  static final NavigableMap<String, Integer> PRICES = new TreeMap<>();
  static final Deque<String> PENDING = new ArrayDeque<>();
  static final List<String> HISTORY = new LinkedList<>();

  private SharedCollectionsUnguarded() {}

  static synchronized void record(String name, int price) {
    MEMBERS.add(name);
    PRICES.put(name, price);
    PENDING.addLast(name);
    HISTORY.add(name);
  }

  /** Reads every collection without the lock that guards their updates. */
  static int look(String name) {
    int seen = MEMBERS.contains(name) ? 1 : 0;
    seen += PRICES.getOrDefault(name, 0);
    seen += PENDING.peekFirst() == null ? 0 : 1;
    return seen + HISTORY.size();
  }

  public static void main(String[] args) throws InterruptedException {
    int[] seen = new int[1];
    Thread recorder = new Thread(() -> record("tea", 3), "recorder");
    Thread reader =
        new Thread(
            () -> {
              Threads.pause(20);
              seen[0] = look("tea");
            },
            "reader");
    Threads.runTogether(recorder, reader);
    System.out.println("SharedCollectionsUnguarded: done, saw " + seen[0]);
  }
}
