package io.lockwatch.engine.deadlock;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The instance dependencies, found by the class dependency they follow and the lock they start from
 * (and, for the step that closes a cycle, the lock they end at too): each step of a witness search
 * is one lookup.
 */
final class InstanceIndex {
  private final Map<Integer, List<InstanceDependency>> byShape = new HashMap<>();
  private final Map<Integer, Map<Integer, List<InstanceDependency>>> byShapeAndFrom =
      new HashMap<>();
  private final Map<Integer, Map<Long, List<InstanceDependency>>> byShapeAndPair = new HashMap<>();

  InstanceIndex(List<InstanceDependency> dependencies) {
    for (InstanceDependency d : dependencies) {
      int shape = d.shape().id();
      byShape.computeIfAbsent(shape, k -> new ArrayList<>()).add(d);
      byShapeAndFrom
          .computeIfAbsent(shape, k -> new HashMap<>())
          .computeIfAbsent(d.from(), k -> new ArrayList<>())
          .add(d);
      byShapeAndPair
          .computeIfAbsent(shape, k -> new HashMap<>())
          .computeIfAbsent(ClassWalks.pair(d.from(), d.to()), k -> new ArrayList<>())
          .add(d);
    }
  }

  /** Every instance of a class dependency. */
  List<InstanceDependency> of(int shape) {
    return byShape.getOrDefault(shape, List.of());
  }

  /** The instances of a class dependency that start from lock {@code from}. */
  List<InstanceDependency> from(int shape, int from) {
    Map<Integer, List<InstanceDependency>> m = byShapeAndFrom.get(shape);
    return m == null ? List.of() : m.getOrDefault(from, List.of());
  }

  /** The instances of a class dependency from lock {@code from} to lock {@code to}. */
  List<InstanceDependency> between(int shape, int from, int to) {
    Map<Long, List<InstanceDependency>> m = byShapeAndPair.get(shape);
    return m == null ? List.of() : m.getOrDefault(ClassWalks.pair(from, to), List.of());
  }

  /** True when some instance facts exist at all. */
  boolean isEmpty() {
    return byShape.isEmpty();
  }
}
