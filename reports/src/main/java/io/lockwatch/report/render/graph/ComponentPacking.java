package io.lockwatch.report.render.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Splits a graph into its connected parts (nodes of one group count as connected, so that a group
 * is never cut in two), lays each out on its own and packs the drawings in rows about {@link
 * #ASPECT_RATIO} times as wide as they are tall, tallest first: unrelated lock classes (several
 * small programs, independent subsystems) then fill a screen instead of one row thousands of pixels
 * long. ELK does not pack the parts of a graph with groups by itself; {@link GroupRows} does the
 * same inside a group.
 */
final class ComponentPacking {
  static final double ASPECT_RATIO = 1.6;
  private static final double GAP = 24;

  private ComponentPacking() {}

  /**
   * The parts of {@code input}, each with the links between its nodes, in input order. Nodes of one
   * group are in one part, linked or not, so that a group (a package) is drawn as one box.
   */
  static List<GraphInput> components(GraphInput input) {
    Map<String, String> parent = new HashMap<>();
    input.nodes().forEach(n -> parent.put(n.id(), n.id()));
    for (GraphInput.Link link : input.links()) {
      parent.put(root(parent, link.from()), root(parent, link.to()));
    }
    Map<String, String> firstOfGroup = new HashMap<>();
    for (GraphInput.Node node : input.nodes()) {
      if (node.group() != null) {
        String first = firstOfGroup.computeIfAbsent(node.group(), g -> node.id());
        parent.put(root(parent, node.id()), root(parent, first));
      }
    }
    Map<String, List<GraphInput.Node>> nodes = new LinkedHashMap<>();
    input
        .nodes()
        .forEach(n -> nodes.computeIfAbsent(root(parent, n.id()), k -> new ArrayList<>()).add(n));
    Map<String, List<GraphInput.Link>> links = new HashMap<>();
    input
        .links()
        .forEach(l -> links.computeIfAbsent(root(parent, l.from()), k -> new ArrayList<>()).add(l));
    List<GraphInput> parts = new ArrayList<>();
    nodes.forEach(
        (root, list) -> parts.add(new GraphInput(list, links.getOrDefault(root, List.of()))));
    return parts;
  }

  private static String root(Map<String, String> parent, String id) {
    String r = id;
    while (!parent.get(r).equals(r)) {
      r = parent.get(r);
    }
    parent.put(id, r);
    return r;
  }

  /** Lays out every part of {@code input} with {@code layout} and packs the results. */
  static GraphLayout layOut(GraphInput input, Function<GraphInput, GraphLayout> layout) {
    List<GraphInput> parts = components(input);
    if (parts.size() == 1) {
      return layout.apply(input);
    }
    List<GraphLayout> drawn = new ArrayList<>(parts.stream().map(layout).toList());
    drawn.sort(Comparator.comparingDouble(GraphLayout::height).reversed());
    double area = drawn.stream().mapToDouble(d -> d.width() * d.height()).sum();
    double widest = drawn.stream().mapToDouble(GraphLayout::width).max().orElse(0);
    double rowWidth = Math.max(widest, Math.sqrt(area * ASPECT_RATIO));
    List<GraphLayout.Box> nodes = new ArrayList<>();
    List<GraphLayout.Box> groups = new ArrayList<>();
    List<GraphLayout.Route> routes = new ArrayList<>();
    double x = 0;
    double y = 0;
    double rowHeight = 0;
    double width = 0;
    for (GraphLayout part : drawn) {
      if (x > 0 && x + part.width() > rowWidth) {
        x = 0;
        y += rowHeight + GAP;
        rowHeight = 0;
      }
      double dx = x;
      double dy = y;
      part.nodes().forEach(b -> nodes.add(moved(b, dx, dy)));
      part.groups().forEach(b -> groups.add(moved(b, dx, dy)));
      for (GraphLayout.Route r : part.routes()) {
        routes.add(
            new GraphLayout.Route(
                r.id(),
                r.from(),
                r.to(),
                r.points().stream()
                    .map(p -> new GraphLayout.Point(p.x() + dx, p.y() + dy))
                    .toList()));
      }
      x += part.width() + GAP;
      width = Math.max(width, x - GAP);
      rowHeight = Math.max(rowHeight, part.height());
    }
    return new GraphLayout(width, y + rowHeight, nodes, groups, routes);
  }

  private static GraphLayout.Box moved(GraphLayout.Box b, double dx, double dy) {
    return new GraphLayout.Box(b.id(), b.label(), b.x() + dx, b.y() + dy, b.width(), b.height());
  }
}
