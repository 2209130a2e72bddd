package io.lockwatch.engine.deadlock;

import io.lockwatch.engine.deadlock.rule.ThreadAssignment;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.graph.DirectedPseudograph;

/**
 * The closed walks of the lock-class graph, each once: the site-level cycles the search judges.
 *
 * <p>Only class dependencies inside a strongly connected component of the class graph can be on a
 * cycle (a class nested in itself is one), so the rest are left out first. A walk then grows only
 * by a step that a thread not yet used can take (iGoodlock), and only through dependencies of a
 * higher id than its first, which it closes on: so each walk is built from its smallest step, and
 * once (the rotations of a walk that repeats a step are recognised on closing).
 */
final class ClassWalks {
  /** Receives each walk; returns false to stop the enumeration. */
  interface Visitor {
    boolean walk(List<ClassDependency> walk);

    /** A walk that would close but whose steps cannot all have distinct threads. */
    void sameThread(List<ClassDependency> walk);
  }

  private final List<ClassDependency> eligible;
  private final Map<Integer, List<ClassDependency>> byFrom = new HashMap<>();
  private final Map<Long, List<ClassDependency>> byPair = new HashMap<>();
  private final int threads;
  private final StepBudget budget;

  ClassWalks(List<ClassDependency> dependencies, StepBudget budget) {
    this.budget = budget;
    this.eligible = onCycles(dependencies);
    Set<Integer> seen = new TreeSet<>();
    for (ClassDependency d : eligible) {
      byFrom.computeIfAbsent(d.fromClass(), k -> new ArrayList<>()).add(d);
      byPair.computeIfAbsent(pair(d.fromClass(), d.toClass()), k -> new ArrayList<>()).add(d);
      for (int t : d.threads()) {
        seen.add(t);
      }
    }
    this.threads = seen.size();
  }

  /** How many distinct threads took the dependencies that can be on a cycle. */
  int threads() {
    return threads;
  }

  /** The class dependencies that can be on some cycle, by id. */
  List<ClassDependency> eligible() {
    return eligible;
  }

  /** Visits every canonical closed walk of exactly {@code length} steps; false when stopped. */
  boolean visit(int length, Visitor visitor) {
    List<ClassDependency> chain = new ArrayList<>(length);
    for (ClassDependency start : eligible) {
      chain.add(start);
      boolean go = extend(chain, length, visitor);
      chain.remove(0);
      if (!go) {
        return false;
      }
    }
    return true;
  }

  private boolean extend(List<ClassDependency> chain, int length, Visitor visitor) {
    ClassDependency start = chain.get(0);
    ClassDependency last = chain.get(chain.size() - 1);
    boolean closing = chain.size() == length - 1;
    List<ClassDependency> next =
        closing
            ? byPair.getOrDefault(pair(last.toClass(), start.fromClass()), List.of())
            : byFrom.getOrDefault(last.toClass(), List.of());
    for (ClassDependency candidate : next) {
      if (candidate.id() < start.id()) {
        continue;
      }
      if (!budget.spend()) {
        return false;
      }
      boolean threadsOk = ThreadAssignment.exists(chain, candidate);
      chain.add(candidate);
      boolean go = true;
      if (closing) {
        if (canonical(chain)) {
          if (threadsOk) {
            go = visitor.walk(List.copyOf(chain));
          } else {
            visitor.sameThread(List.copyOf(chain));
          }
        }
      } else if (threadsOk) {
        go = extend(chain, length, visitor);
      }
      chain.remove(chain.size() - 1);
      if (!go) {
        return false;
      }
    }
    return true;
  }

  /** True when no rotation of the walk that also starts with its first step sorts before it. */
  static boolean canonical(List<ClassDependency> walk) {
    int n = walk.size();
    int first = walk.get(0).id();
    for (int r = 1; r < n; r++) {
      if (walk.get(r).id() != first) {
        continue;
      }
      for (int i = 0; i < n; i++) {
        int a = walk.get(i).id();
        int b = walk.get((r + i) % n).id();
        if (b != a) {
          if (b < a) {
            return false;
          }
          break;
        }
      }
    }
    return true;
  }

  /** The dependencies within strongly connected parts of the class graph, loops included. */
  private static List<ClassDependency> onCycles(List<ClassDependency> dependencies) {
    Graph<Integer, ClassDependency> graph = new DirectedPseudograph<>(null, null, false);
    for (ClassDependency d : dependencies) {
      graph.addVertex(d.fromClass());
      graph.addVertex(d.toClass());
      graph.addEdge(d.fromClass(), d.toClass(), d);
    }
    Map<Integer, Integer> component = new HashMap<>();
    List<Set<Integer>> components =
        new KosarajuStrongConnectivityInspector<>(graph).stronglyConnectedSets();
    for (int c = 0; c < components.size(); c++) {
      for (Integer node : components.get(c)) {
        component.put(node, components.get(c).size() > 1 ? c : -1);
      }
    }
    List<ClassDependency> result = new ArrayList<>();
    for (ClassDependency d : dependencies) {
      int from = component.get(d.fromClass());
      if (d.selfNested() || (from >= 0 && from == component.get(d.toClass()))) {
        result.add(d);
      }
    }
    result.sort(Comparator.comparingInt(ClassDependency::id));
    return result;
  }

  static long pair(int from, int to) {
    return ((long) from << 32) | (to & 0xFFFFFFFFL);
  }
}
