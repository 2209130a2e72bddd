package io.lockwatch.report.render.graph;

import static io.lockwatch.report.render.Html.escape;

import java.util.Locale;

/**
 * Draws a {@link GraphLayout} as an inline {@code <svg>} at its natural size (100 % is one layout
 * pixel), each node, group and route a {@code <g>} carrying its id in {@code data-id}, so that a
 * page's script can select, hide, collapse and zoom without laying anything out again. Each group's
 * header ends in a collapse control ({@code <g class="toggle">}) for that script.
 */
public final class SvgGraph {

  /** How the drawing names and styles what it draws. */
  public interface Look {
    /** CSS classes of a node's {@code <g>} besides {@code node}; empty for none. */
    String nodeClass(String id);

    /** CSS classes of a route's {@code <g>} besides {@code arc}; empty for none. */
    String routeClass(String id);

    /** The tooltip of a node (its full name). */
    String nodeTitle(String id);

    /** The tooltip of a route (a short summary; details belong in the page's panel). */
    String routeTitle(String id);
  }

  /** Width of a character of a group's label (13 px bold monospace). */
  private static final double GROUP_CHAR_WIDTH = 8.2;

  /** Room at the right of a group's header for its collapse control. */
  private static final double TOGGLE_WIDTH = 24;

  private SvgGraph() {}

  /**
   * The {@code <svg>} element.
   *
   * @param id the element's id, also the prefix of its markers' ids
   * @param label what the graph shows, for assistive technology
   */
  public static String draw(GraphLayout layout, Look look, String id, String label) {
    StringBuilder svg = new StringBuilder();
    svg.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"lock-graph\" id=\"%s\" role=\"img\""
                + " aria-label=\"%s\" width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\">\n",
            escape(id),
            escape(label),
            layout.width(),
            layout.height(),
            layout.width(),
            layout.height()));
    svg.append("<defs>")
        .append(marker(id + "-arrow", "arrow"))
        .append(marker(id + "-arrow-cycle", "arrow cycle"))
        .append("</defs>\n<g class=\"groups\">\n");
    for (GraphLayout.Box group : layout.groups()) {
      double right = group.x() + group.width();
      svg.append(
          String.format(
              Locale.ROOT,
              "<g class=\"group\" data-id=\"%s\"><title>%s</title><rect x=\"%.1f\" y=\"%.1f\""
                  + " width=\"%.1f\" height=\"%.1f\" rx=\"8\"/><text x=\"%.1f\""
                  + " y=\"%.1f\">%s</text>",
              escape(group.id()),
              escape(group.label()),
              group.x(),
              group.y(),
              group.width(),
              group.height(),
              group.x() + 10,
              group.y() + 19,
              escape(fitted(group.label(), group.width() - 20 - TOGGLE_WIDTH))));
      // The collapse control of the page's script (hidden without script).
      svg.append(
          String.format(
              Locale.ROOT,
              "<g class=\"toggle\" role=\"button\" tabindex=\"0\" aria-expanded=\"true\""
                  + " aria-label=\"collapse package %s\"><rect x=\"%.1f\" y=\"%.1f\""
                  + " width=\"18\" height=\"18\" rx=\"3\"/><text x=\"%.1f\""
                  + " y=\"%.1f\">\u2212</text></g></g>\n",
              escape(group.label()),
              right - 26,
              group.y() + 5,
              right - 17,
              group.y() + 19));
    }
    svg.append("</g>\n<g class=\"arcs\">\n");
    for (GraphLayout.Route route : layout.routes()) {
      String classes = look.routeClass(route.id());
      String path = path(route);
      svg.append("<g class=\"arc")
          .append(classes.isEmpty() ? "" : " " + escape(classes))
          .append("\" data-id=\"")
          .append(escape(route.id()))
          .append("\"><title>")
          .append(escape(look.routeTitle(route.id())))
          .append("</title><path class=\"hit\" d=\"")
          .append(path)
          .append("\"/><path d=\"")
          .append(path)
          .append("\" marker-end=\"url(#")
          .append(escape(id))
          .append(classes.contains("cycle") ? "-arrow-cycle" : "-arrow")
          .append(")\"/></g>\n");
    }
    svg.append("</g>\n<g class=\"nodes\">\n");
    for (GraphLayout.Box node : layout.nodes()) {
      String classes = look.nodeClass(node.id());
      svg.append("<g class=\"node")
          .append(classes.isEmpty() ? "" : " " + escape(classes))
          .append("\" data-id=\"")
          .append(escape(node.id()))
          .append("\" tabindex=\"0\"><title>")
          .append(escape(look.nodeTitle(node.id())))
          .append("</title>")
          .append(
              String.format(
                  Locale.ROOT,
                  "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"5\"/>"
                      + "<text x=\"%.1f\" y=\"%.1f\">",
                  node.x(),
                  node.y(),
                  node.width(),
                  node.height(),
                  node.x() + node.width() / 2,
                  node.y() + node.height() / 2 + 4.5))
          .append(escape(node.label()))
          .append("</text></g>\n");
    }
    return svg.append("</g>\n</svg>\n").toString();
  }

  /** {@code label}, cut at its start to fit {@code width} (package names differ at the end). */
  static String fitted(String label, double width) {
    int chars = (int) (width / GROUP_CHAR_WIDTH);
    if (label.length() <= chars || chars < 4) {
      return label;
    }
    return "\u2026" + label.substring(label.length() - chars + 1);
  }

  private static String path(GraphLayout.Route route) {
    StringBuilder d = new StringBuilder();
    for (GraphLayout.Point p : route.points()) {
      d.append(d.length() == 0 ? "M" : " L")
          .append(String.format(Locale.ROOT, "%.1f %.1f", p.x(), p.y()));
    }
    return d.toString();
  }

  private static String marker(String id, String cssClass) {
    return "<marker id=\""
        + escape(id)
        + "\" class=\""
        + cssClass
        + "\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerUnits=\"userSpaceOnUse\""
        + " markerWidth=\"10\" markerHeight=\"10\""
        + " orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\"/></marker>";
  }
}
