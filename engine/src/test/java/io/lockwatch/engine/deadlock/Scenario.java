package io.lockwatch.engine.deadlock;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A test's lock-order history, told as threads taking and releasing locks: it records the
 * dependencies the way the agent does (one per held lock, with the exclusive locks held as gates)
 * and runs the search.
 */
final class Scenario {
  private record Held(int lock, int site, Share share, int permits) {}

  private final DeadlockFactsBuilder facts = new DeadlockFactsBuilder(8);
  private final Map<Integer, Deque<Held>> held = new HashMap<>();
  private final Map<String, Integer> siteIds = new HashMap<>();
  private final List<String> siteNames = new ArrayList<>();
  private final Map<Integer, Integer> permitsOf = new HashMap<>();
  private long dropped;

  int lockClass(String name) {
    return facts.lockClass(name, LockKind.MONITOR);
  }

  int lockClass(String name, LockKind kind) {
    return facts.lockClass(name, kind);
  }

  /** A monitor of its own class. */
  int monitor(String className) {
    return lock(lockClass(className));
  }

  int lock(int lockClass) {
    return facts.lock(lockClass, -1, false, false);
  }

  int readWriteLock(int lockClass, boolean writeLocked) {
    return facts.lock(lockClass, -1, writeLocked, false);
  }

  int semaphore(int lockClass, int permits, boolean signal) {
    int id = facts.lock(lockClass, permits, false, signal);
    permitsOf.put(id, permits);
    return id;
  }

  Scenario take(int thread, int lock, String site) {
    return take(thread, lock, site, Share.EXCLUSIVE, Wait.BLOCKING);
  }

  Scenario take(int thread, int lock, String site, Share share, Wait wait) {
    return take(thread, lock, site, share, wait, 1);
  }

  Scenario take(int thread, int lock, String site, Share share, Wait wait, int permits) {
    Deque<Held> stack = held.computeIfAbsent(thread, t -> new ArrayDeque<>());
    int toSite = site(site);
    int[] gates =
        stack.stream().filter(h -> h.share != Share.READ).mapToInt(Held::lock).distinct().toArray();
    for (Held h : stack) {
      facts.dependency(
          thread, h.lock, lock, h.site, toSite, h.share, share, wait, gates, h.permits, 0);
    }
    stack.push(new Held(lock, toSite, share, permits));
    return this;
  }

  Scenario release(int thread, int lock) {
    held.get(thread).removeIf(h -> h.lock == lock);
    return this;
  }

  /** Takes {@code outer} then {@code inner} and releases both. */
  Scenario nest(int thread, int outer, String outerSite, int inner, String innerSite) {
    return take(thread, outer, outerSite)
        .take(thread, inner, innerSite)
        .release(thread, inner)
        .release(thread, outer);
  }

  Scenario dropped(long count) {
    dropped = count;
    return this;
  }

  DeadlockFacts facts() {
    return facts.build(siteNames::get, dropped);
  }

  SearchResult search() {
    return DeadlockSearch.run(facts(), SearchLimits.defaults());
  }

  SearchResult search(SearchLimits limits) {
    return DeadlockSearch.run(facts(), limits);
  }

  private int site(String name) {
    return siteIds.computeIfAbsent(
        name,
        n -> {
          siteNames.add(n);
          return siteNames.size() - 1;
        });
  }
}
