package io.lockwatch.report.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Draws a {@link LockGraph} as inline SVG: nodes on a circle, arcs as arrows (curved when both
 * directions exist, a loop for a lock class to itself), cycle arcs and nodes in red. Large graphs
 * keep the nodes of cycles and then the busiest others, and say how many were left out.
 */
final class SvgLockGraph {
  /** Most nodes drawn. */
  static final int MAX_NODES = 40;

  private static final double NODE_HEIGHT = 26;
  private static final double CHAR_WIDTH = 7.4;
  private static final double LABEL_CHAR_WIDTH = 6.7;
  private static final double MARGIN = 60;
  private static final double BEND = 28;

  private final Map<String, double[]> centers = new HashMap<>();
  private final Map<String, Double> halfWidths = new HashMap<>();

  /** What has been drawn so far covers minX, minY, maxX, maxY. */
  private final double[] bounds = {
    Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE
  };

  private void include(double x1, double y1, double x2, double y2) {
    bounds[0] = Math.min(bounds[0], Math.min(x1, x2));
    bounds[1] = Math.min(bounds[1], Math.min(y1, y2));
    bounds[2] = Math.max(bounds[2], Math.max(x1, x2));
    bounds[3] = Math.max(bounds[3], Math.max(y1, y2));
  }

  /** The {@code <svg>} element, or a short paragraph when the graph is empty. */
  String draw(LockGraph graph) {
    if (graph.nodes().isEmpty()) {
      return "<p class=\"muted\">No lock-order edges in this report.</p>\n";
    }
    List<LockGraph.Node> nodes = chooseNodes(graph);
    Set<String> drawn = new HashSet<>();
    nodes.forEach(n -> drawn.add(n.id()));
    List<LockGraph.Arc> arcs =
        graph.arcs().stream()
            .filter(a -> drawn.contains(a.from()) && drawn.contains(a.to()))
            .toList();
    layOut(nodes);
    Set<String> pairs = new HashSet<>();
    arcs.forEach(a -> pairs.add(a.from() + "\n" + a.to()));
    StringBuilder body = new StringBuilder();
    // Cycle arcs last, so they are drawn on top; nodes over all arcs.
    List<LockGraph.Arc> ordered = new ArrayList<>(arcs);
    ordered.sort(Comparator.comparing(LockGraph.Arc::inCycle));
    for (LockGraph.Arc arc : ordered) {
      boolean bothWays = !arc.isLoop() && pairs.contains(arc.to() + "\n" + arc.from());
      body.append(arc(arc, bothWays));
    }
    for (LockGraph.Node node : nodes) {
      body.append(node(node));
    }

    double width = bounds[2] - bounds[0] + 2 * MARGIN;
    double height = bounds[3] - bounds[1] + 2 * MARGIN;
    StringBuilder svg = new StringBuilder();
    svg.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"lock-graph\" role=\"img\""
                + " aria-label=\"Lock-order graph\" width=\"%.0f\" height=\"%.0f\""
                + " viewBox=\"0 0 %.0f %.0f\">\n",
            width,
            height,
            width,
            height));
    svg.append("<defs>\n")
        .append(marker("arrow", "#5f6b7a"))
        .append(marker("arrow-cycle", "#c62828"))
        .append("</defs>\n");
    svg.append(
        String.format(
            Locale.ROOT,
            "<g transform=\"translate(%.1f %.1f)\">\n",
            MARGIN - bounds[0],
            MARGIN - bounds[1]));
    svg.append(body);
    svg.append("</g>\n</svg>\n");
    int hidden = graph.nodes().size() - nodes.size();
    if (hidden > 0) {
      svg.append("<p class=\"muted\">")
          .append(hidden)
          .append(
              " lock classes outside cycles are not drawn; the DOT rendering has them all.</p>\n");
    }
    return svg.toString();
  }

  private static List<LockGraph.Node> chooseNodes(LockGraph graph) {
    if (graph.nodes().size() <= MAX_NODES) {
      return graph.nodes();
    }
    Map<String, Integer> degree = new HashMap<>();
    for (LockGraph.Arc arc : graph.arcs()) {
      degree.merge(arc.from(), 1, Integer::sum);
      degree.merge(arc.to(), 1, Integer::sum);
    }
    List<LockGraph.Node> sorted = new ArrayList<>(graph.nodes());
    sorted.sort(
        Comparator.comparing((LockGraph.Node n) -> !n.inCycle())
            .thenComparing(n -> -degree.getOrDefault(n.id(), 0)));
    List<LockGraph.Node> chosen = sorted.subList(0, MAX_NODES);
    // Keep the report's order for a stable drawing.
    return graph.nodes().stream().filter(chosen::contains).toList();
  }

  private void layOut(List<LockGraph.Node> nodes) {
    double circumference = 0;
    for (LockGraph.Node node : nodes) {
      double hw = (node.label().length() * CHAR_WIDTH + 20) / 2;
      halfWidths.put(node.id(), hw);
      circumference += 2 * hw + 40;
    }
    int n = nodes.size();
    double radius = n == 1 ? 0 : Math.max(170, circumference / (2 * Math.PI));
    for (int i = 0; i < n; i++) {
      double angle = 2 * Math.PI * i / n - Math.PI / 2;
      centers.put(
          nodes.get(i).id(),
          new double[] {radius * Math.cos(angle) * 1.2, radius * Math.sin(angle)});
    }
  }

  private String node(LockGraph.Node node) {
    double[] c = centers.get(node.id());
    double hw = halfWidths.get(node.id());
    include(c[0] - hw, c[1] - NODE_HEIGHT / 2, c[0] + hw, c[1] + NODE_HEIGHT / 2);
    return String.format(
        Locale.ROOT,
        "<g class=\"node%s\"><title>%s</title><rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\""
            + " height=\"%.1f\" rx=\"6\"/><text x=\"%.1f\" y=\"%.1f\">%s</text></g>\n",
        node.inCycle() ? " cycle" : "",
        Html.escape(node.id()),
        c[0] - hw,
        c[1] - NODE_HEIGHT / 2,
        2 * hw,
        NODE_HEIGHT,
        c[0],
        c[1] + 4.5,
        Html.escape(node.label()));
  }

  private String arc(LockGraph.Arc arc, boolean bothWays) {
    String title =
        Html.escape(
            LockLabels.shortName(arc.from())
                + " -> "
                + LockLabels.shortName(arc.to())
                + ": "
                + String.join(", ", arc.sites()));
    String cssClass = arc.inCycle() ? "arc cycle" : "arc";
    String marker = arc.inCycle() ? "arrow-cycle" : "arrow";
    double[] a = centers.get(arc.from());
    String path;
    double labelX;
    double labelY;
    String anchor = "middle";
    if (arc.isLoop()) {
      double top = a[1] - NODE_HEIGHT / 2;
      path =
          String.format(
              Locale.ROOT,
              "M %.1f %.1f C %.1f %.1f %.1f %.1f %.1f %.1f",
              a[0] - 10,
              top,
              a[0] - 40,
              top - 48,
              a[0] + 40,
              top - 48,
              a[0] + 10,
              top);
      labelX = a[0];
      labelY = top - 40;
      include(a[0] - 40, top - 48, a[0] + 40, top);
    } else {
      double[] b = centers.get(arc.to());
      double mx = (a[0] + b[0]) / 2;
      double my = (a[1] + b[1]) / 2;
      double length = Math.max(1, Math.hypot(b[0] - a[0], b[1] - a[1]));
      double bend = bothWays ? BEND : 0;
      // Left of the direction of travel, so the two directions of a pair bend apart.
      double cx = mx + (b[1] - a[1]) / length * bend;
      double cy = my - (b[0] - a[0]) / length * bend;
      double[] start = boundary(arc.from(), cx - a[0], cy - a[1]);
      double[] end = boundary(arc.to(), cx - b[0], cy - b[1]);
      include(start[0], start[1], end[0], end[1]);
      include(cx, cy, cx, cy);
      path =
          String.format(
              Locale.ROOT,
              "M %.1f %.1f Q %.1f %.1f %.1f %.1f",
              start[0],
              start[1],
              cx,
              cy,
              end[0],
              end[1]);
      // Beside the curve's middle, on the side it bends to, so opposite arcs keep apart.
      double normalX = (b[1] - a[1]) / length;
      double normalY = -(b[0] - a[0]) / length;
      labelX = (start[0] + 2 * cx + end[0]) / 4 + normalX * 8;
      labelY = (start[1] + 2 * cy + end[1]) / 4 + normalY * 12 + 4;
      anchor = normalX > 0.3 ? "start" : normalX < -0.3 ? "end" : "middle";
    }
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "<g class=\"%s\"><title>%s</title><path d=\"%s\" marker-end=\"url(#%s)\"/>",
            cssClass,
            title,
            path,
            marker));
    if (arc.inCycle() && !arc.sites().isEmpty()) {
      String label = compact(arc.sites().get(0));
      double labelWidth = label.length() * LABEL_CHAR_WIDTH;
      double left =
          anchor.equals("start")
              ? labelX
              : anchor.equals("end") ? labelX - labelWidth : labelX - labelWidth / 2;
      include(left, labelY - 11, left + labelWidth, labelY + 3);
      out.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\">%s</text>",
              labelX,
              labelY,
              anchor,
              Html.escape(label)));
    }
    return out.append("</g>\n").toString();
  }

  /** {@code Bank.java:41 -> 42} for {@code Bank.java:41 -> Bank.java:42}. */
  static String compact(String sites) {
    String[] ends = sites.split(" -> ", 2);
    if (ends.length == 2) {
      int colon = ends[0].lastIndexOf(':');
      if (colon > 0 && ends[1].startsWith(ends[0].substring(0, colon + 1))) {
        return ends[0] + " -> " + ends[1].substring(colon + 1);
      }
    }
    return sites;
  }

  /** Where a line from the centre of {@code lock} towards (dx, dy) leaves its box. */
  private double[] boundary(String lock, double dx, double dy) {
    double[] c = centers.get(lock);
    double hw = halfWidths.get(lock) + 3;
    double hh = NODE_HEIGHT / 2 + 3;
    double tx = dx == 0 ? Double.MAX_VALUE : hw / Math.abs(dx);
    double ty = dy == 0 ? Double.MAX_VALUE : hh / Math.abs(dy);
    double t = Math.min(tx, ty);
    if (t == Double.MAX_VALUE) {
      return c;
    }
    return new double[] {c[0] + dx * t, c[1] + dy * t};
  }

  private static String marker(String id, String color) {
    return "<marker id=\""
        + id
        + "\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\" markerHeight=\"8\""
        + " orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\""
        + color
        + "\"/></marker>\n";
  }
}
