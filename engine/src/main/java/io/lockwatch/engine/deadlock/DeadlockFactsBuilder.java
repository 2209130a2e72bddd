package io.lockwatch.engine.deadlock;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Builds {@link DeadlockFacts} from what a caller recorded: lock classes, lock objects, and each
 * dependency as it was seen (by one thread). Dependencies of the same shape are folded: one class
 * dependency per (classes, sites, shares, wait, gate classes), one instance dependency per (class
 * dependency, lock objects, gates), each with the threads that took it.
 */
public final class DeadlockFactsBuilder {
  private final int maxThreads;
  private final Map<String, Integer> classIds = new HashMap<>();
  private final List<MutableClass> classes = new ArrayList<>();
  private final List<LockInstance> instances = new ArrayList<>();
  private final Map<ClassKey, FoldedDependency<ClassKey>> classDependencies = new LinkedHashMap<>();
  private final Map<InstanceKey, FoldedDependency<InstanceKey>> instanceDependencies =
      new LinkedHashMap<>();

  /**
   * @param maxThreads the most threads kept per dependency (a cycle needs one per step)
   */
  public DeadlockFactsBuilder(int maxThreads) {
    this.maxThreads = maxThreads;
  }

  /** The id of the lock class of this name, created on first mention. */
  public int lockClass(String name, LockKind kind) {
    Integer known = classIds.get(name);
    if (known != null) {
      return known;
    }
    int id = classes.size();
    classes.add(new MutableClass(name, kind));
    classIds.put(name, id);
    return id;
  }

  /** Adds what is known of a lock class as a whole (a merged report's view of it). */
  public void describeClass(int lockClass, int permits, boolean writeLocked, boolean signal) {
    classes.get(lockClass).absorb(permits, writeLocked, signal);
  }

  /** A lock object of a class; returns its id. Its facts count for its class too. */
  public int lock(int lockClass, int permits, boolean writeLocked, boolean signal) {
    int id = instances.size();
    instances.add(new LockInstance(id, lockClass, permits, writeLocked, signal));
    describeClass(lockClass, permits, writeLocked, signal);
    return id;
  }

  /** One step taken by {@code thread} between two lock classes, without its objects. */
  public int classDependency(
      int thread,
      int fromClass,
      int toClass,
      int fromSite,
      int toSite,
      Share fromShare,
      Share toShare,
      Wait wait,
      int[] gateClasses,
      int fromPermits) {
    int[] gates = sortedDistinct(gateClasses);
    ClassKey key =
        new ClassKey(fromClass, toClass, fromSite, toSite, fromShare, toShare, wait, gates);
    FoldedDependency<ClassKey> d =
        classDependencies.computeIfAbsent(
            key, k -> new FoldedDependency<>(k, classDependencies.size()));
    d.seen(thread, fromPermits, maxThreads);
    return d.number;
  }

  /**
   * One step taken by {@code thread} between two lock objects: it counts for its class dependency
   * too. {@code gates} are the ids of the exclusive lock objects held.
   *
   * @param evidence a caller's number for this fact (e.g. to find its stacks again)
   */
  public void dependency(
      int thread,
      int from,
      int to,
      int fromSite,
      int toSite,
      Share fromShare,
      Share toShare,
      Wait wait,
      int[] gates,
      int fromPermits,
      int evidence) {
    int[] gateClasses = new int[gates.length];
    for (int i = 0; i < gates.length; i++) {
      gateClasses[i] = instances.get(gates[i]).lockClass();
    }
    int shape =
        classDependency(
            thread,
            instances.get(from).lockClass(),
            instances.get(to).lockClass(),
            fromSite,
            toSite,
            fromShare,
            toShare,
            wait,
            gateClasses,
            fromPermits);
    int[] sortedGates = sortedDistinct(gates);
    InstanceKey key = new InstanceKey(shape, from, to, sortedGates);
    instanceDependencies
        .computeIfAbsent(key, k -> new FoldedDependency<>(k, evidence))
        .seen(thread, fromPermits, maxThreads);
  }

  /**
   * The facts.
   *
   * @param siteKey the fingerprint key of a site id
   * @param instanceFactsDropped how many instance facts the caller could not keep
   */
  public DeadlockFacts build(IntFunction<String> siteKey, long instanceFactsDropped) {
    List<LockClass> lockClasses = new ArrayList<>(classes.size());
    for (int i = 0; i < classes.size(); i++) {
      lockClasses.add(classes.get(i).freeze(i));
    }
    List<ClassDependency> shapes = new ArrayList<>(classDependencies.size());
    for (FoldedDependency<ClassKey> d : classDependencies.values()) {
      ClassKey k = d.key;
      shapes.add(
          new ClassDependency(
              d.number,
              k.from,
              k.to,
              k.fromSite,
              k.toSite,
              k.fromShare,
              k.toShare,
              k.waitKind,
              k.gates,
              d.threads.toArray(),
              d.fromPermits));
    }
    List<InstanceDependency> deps = new ArrayList<>(instanceDependencies.size());
    for (FoldedDependency<InstanceKey> d : instanceDependencies.values()) {
      InstanceKey k = d.key;
      deps.add(
          new InstanceDependency(
              d.number,
              shapes.get(k.shape),
              k.from,
              k.to,
              k.gates,
              d.threads.toArray(),
              d.fromPermits));
    }
    return new DeadlockFacts(
        lockClasses, shapes, List.copyOf(instances), deps, instanceFactsDropped, siteKey);
  }

  private static final int[] NONE = new int[0];

  /** The ids sorted, without repeats; mostly none or one, so no stream. */
  private static int[] sortedDistinct(int[] ids) {
    if (ids.length == 0) {
      return NONE;
    }
    if (ids.length == 1) {
      return ids.clone();
    }
    int[] sorted = ids.clone();
    Arrays.sort(sorted);
    int n = 1;
    for (int i = 1; i < sorted.length; i++) {
      if (sorted[i] != sorted[n - 1]) {
        sorted[n++] = sorted[i];
      }
    }
    return n == sorted.length ? sorted : Arrays.copyOf(sorted, n);
  }

  /** A hash of ints that spreads neighbouring ids (lock ids are dense) over the whole range. */
  private static int mix(int h, int value) {
    return Integer.rotateLeft(h ^ (value * 0x9E3779B1), 15) * 0x85EBCA6B;
  }

  private record ClassKey(
      int from,
      int to,
      int fromSite,
      int toSite,
      Share fromShare,
      Share toShare,
      Wait waitKind,
      int[] gates) {
    @Override
    public boolean equals(Object o) {
      return o instanceof ClassKey k
          && k.from == from
          && k.to == to
          && k.fromSite == fromSite
          && k.toSite == toSite
          && k.fromShare == fromShare
          && k.toShare == toShare
          && k.waitKind == waitKind
          && Arrays.equals(k.gates, gates);
    }

    @Override
    public int hashCode() {
      int h = mix(mix(mix(mix(0, from), to), fromSite), toSite);
      h = mix(mix(mix(h, fromShare.ordinal()), toShare.ordinal()), waitKind.ordinal());
      return mix(h, Arrays.hashCode(gates));
    }
  }

  private record InstanceKey(int shape, int from, int to, int[] gates) {
    @Override
    public boolean equals(Object o) {
      return o instanceof InstanceKey k
          && k.shape == shape
          && k.from == from
          && k.to == to
          && Arrays.equals(k.gates, gates);
    }

    @Override
    public int hashCode() {
      return mix(mix(mix(mix(0, shape), from), to), Arrays.hashCode(gates));
    }
  }

  /** A small sorted set of thread ids, capped: an array, as it holds a handful. */
  private static final class Threads {
    private int[] ids = NONE;

    void addThread(int thread, int max) {
      int at = Arrays.binarySearch(ids, thread);
      if (at >= 0 || ids.length >= max) {
        return;
      }
      int insert = -at - 1;
      int[] grown = new int[ids.length + 1];
      System.arraycopy(ids, 0, grown, 0, insert);
      grown[insert] = thread;
      System.arraycopy(ids, insert, grown, insert + 1, ids.length - insert);
      ids = grown;
    }

    int[] toArray() {
      return ids.clone();
    }
  }

  private static final class MutableClass {
    final String name;
    final LockKind kind;
    int permits = -1;
    boolean writeLocked;
    boolean signal;

    MutableClass(String name, LockKind kind) {
      this.name = name;
      this.kind = kind;
    }

    void absorb(int morePermits, boolean wasWriteLocked, boolean wasSignal) {
      permits = Math.max(permits, morePermits);
      writeLocked |= wasWriteLocked;
      signal |= wasSignal;
    }

    LockClass freeze(int id) {
      return new LockClass(id, name, kind, permits, writeLocked, signal);
    }
  }

  /**
   * One dependency folded from every time its shape was seen: the threads that took it (capped) and
   * the most permits held of its first lock.
   *
   * @param <K> its shape: a {@link ClassKey} or an {@link InstanceKey}
   */
  private static final class FoldedDependency<K> {
    final K key;

    /** A class dependency's id, or the caller's evidence number of an instance dependency. */
    final int number;

    final Threads threads = new Threads();
    int fromPermits = 1;

    FoldedDependency(K key, int number) {
      this.key = key;
      this.number = number;
    }

    /** {@code thread} took it again, holding {@code permits} of its first lock. */
    void seen(int thread, int permits, int maxThreads) {
      threads.addThread(thread, maxThreads);
      fromPermits = Math.max(fromPermits, permits);
    }
  }
}
