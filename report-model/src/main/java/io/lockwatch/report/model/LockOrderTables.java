package io.lockwatch.report.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns spelled-out {@link CodeEdge}s into the report's tables and back: each site once in {@code
 * lockSites}, each lock class once in {@code lockClasses}, the edges by index.
 *
 * @param edges the edges by index
 * @param sites the sites they name
 * @param classes the lock classes they name: the given ones first, then any an edge names that was
 *     not given (as a monitor, nothing known of it)
 */
public record LockOrderTables(
    List<LockOrderEdge> edges, List<Site> sites, List<LockClass> classes) {

  /** The tables of {@code codeEdges}, given what is known of their lock classes. */
  public static LockOrderTables of(List<CodeEdge> codeEdges, List<LockClass> knownClasses) {
    List<LockClass> classes = new ArrayList<>(knownClasses);
    Map<String, Integer> classIndex = new HashMap<>();
    for (int i = 0; i < classes.size(); i++) {
      classIndex.putIfAbsent(classes.get(i).name(), i);
    }
    Map<String, Integer> siteIndex = new LinkedHashMap<>();
    List<Site> sites = new ArrayList<>();
    List<LockOrderEdge> edges = new ArrayList<>(codeEdges.size());
    for (CodeEdge e : codeEdges) {
      List<Integer> gates = new ArrayList<>(e.gateLocks().size());
      for (String gate : e.gateLocks()) {
        gates.add(index(gate, classIndex, classes));
      }
      edges.add(
          new LockOrderEdge(
              index(e.fromLock(), classIndex, classes),
              index(e.toLock(), classIndex, classes),
              index(e.heldAt(), siteIndex, sites),
              index(e.acquiredAt(), siteIndex, sites),
              e.heldMode(),
              e.acquiredMode(),
              e.waitKind(),
              List.copyOf(gates),
              e.threads(),
              e.permitsHeld(),
              e.count()));
    }
    return new LockOrderTables(List.copyOf(edges), List.copyOf(sites), List.copyOf(classes));
  }

  /** The edges spelled out again. */
  public List<CodeEdge> codeEdges() {
    List<CodeEdge> result = new ArrayList<>(edges.size());
    for (LockOrderEdge e : edges) {
      List<String> gates = new ArrayList<>(e.gateLocks().size());
      for (int gate : e.gateLocks()) {
        gates.add(className(gate));
      }
      result.add(
          new CodeEdge(
              className(e.from()),
              className(e.to()),
              site(e.heldAt()),
              site(e.acquiredAt()),
              e.heldMode(),
              e.acquiredMode(),
              e.waitKind(),
              List.copyOf(gates),
              e.threads(),
              e.permitsHeld(),
              e.count()));
    }
    return result;
  }

  private String className(int index) {
    if (index < 0 || index >= classes.size()) {
      throw new IllegalArgumentException("no lock class " + index + " in lockClasses");
    }
    return classes.get(index).name();
  }

  private Site site(int index) {
    if (index < 0 || index >= sites.size()) {
      throw new IllegalArgumentException("no site " + index + " in lockSites");
    }
    return sites.get(index);
  }

  private static int index(String lockClass, Map<String, Integer> index, List<LockClass> classes) {
    return index.computeIfAbsent(
        lockClass,
        name -> {
          classes.add(new LockClass(name, "monitor", -1, false, false, null));
          return classes.size() - 1;
        });
  }

  private static int index(Site site, Map<String, Integer> index, List<Site> sites) {
    return index.computeIfAbsent(
        siteKeyOf(site),
        k -> {
          sites.add(site);
          return sites.size() - 1;
        });
  }

  /** Two sites are one entry when they are equal in every part, line included. */
  private static String siteKeyOf(Site site) {
    return site.className()
        + "#"
        + site.method()
        + "#"
        + site.file()
        + "#"
        + site.line()
        + "#"
        + site.lock()
        + "#"
        + site.ordinal();
  }
}
