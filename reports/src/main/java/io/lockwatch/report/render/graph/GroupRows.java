package io.lockwatch.report.render.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Rows for the unrelated parts inside one group. ELK lays a group's contents out as one layered
 * graph, so the parts of a package that share no link (several small programs in one package) would
 * stand side by side in one long row. This lays each such part out on its own to learn its size,
 * fills rows about {@link ComponentPacking#ASPECT_RATIO} times as wide as the group is tall, and
 * gives each node the number of its row. {@link LayeredLayout} puts each row in an invisible box
 * and links each row box to the next, so that ELK lays the rows out below one another. (ELK's own
 * partitioning would do this, but ELK 0.10 honours it at the top level only, not inside a group.)
 */
final class GroupRows {
  private GroupRows() {}

  /**
   * The row of every node of a group whose parts need more than one row; nodes of other groups and
   * top-level nodes are absent.
   *
   * @param layout lays out a graph without groups
   */
  static Map<String, Integer> rows(GraphInput input, Function<GraphInput, GraphLayout> layout) {
    Map<String, List<GraphInput.Node>> groups = new LinkedHashMap<>();
    for (GraphInput.Node node : input.nodes()) {
      if (node.group() != null) {
        groups.computeIfAbsent(node.group(), g -> new ArrayList<>()).add(node);
      }
    }
    Map<String, Integer> rows = new HashMap<>();
    groups.forEach((group, nodes) -> rows.putAll(rowsOf(group, nodes, input.links(), layout)));
    return rows;
  }

  private static Map<String, Integer> rowsOf(
      String group,
      List<GraphInput.Node> members,
      List<GraphInput.Link> allLinks,
      Function<GraphInput, GraphLayout> layout) {
    Map<String, String> groupOf = new HashMap<>();
    List<GraphInput.Node> flat = new ArrayList<>();
    for (GraphInput.Node node : members) {
      groupOf.put(node.id(), group);
      flat.add(new GraphInput.Node(node.id(), node.label(), null));
    }
    List<GraphInput.Link> inside =
        allLinks.stream()
            .filter(l -> groupOf.containsKey(l.from()) && groupOf.containsKey(l.to()))
            .toList();
    List<GraphInput> parts = ComponentPacking.components(new GraphInput(flat, inside));
    if (parts.size() < 2) {
      return Map.of();
    }
    List<GraphLayout> drawn = parts.stream().map(layout).toList();
    double area = drawn.stream().mapToDouble(d -> d.width() * d.height()).sum();
    double widest = drawn.stream().mapToDouble(GraphLayout::width).max().orElse(0);
    double rowWidth = Math.max(widest, Math.sqrt(area * ComponentPacking.ASPECT_RATIO));
    Map<String, Integer> rows = new HashMap<>();
    int row = 0;
    double x = 0;
    for (int i = 0; i < parts.size(); i++) {
      double width = drawn.get(i).width();
      if (x > 0 && x + width > rowWidth) {
        row++;
        x = 0;
      }
      x += width;
      int r = row;
      parts.get(i).nodes().forEach(n -> rows.put(n.id(), r));
    }
    return row == 0 ? Map.of() : rows;
  }
}
