package io.lockwatch.report.render.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Lays a {@link GraphInput} out with ELK's layered algorithm (Sugiyama style: cycles broken, nodes
 * in layers top to bottom, crossings minimised, links routed orthogonally), groups as compound
 * nodes laid out with their contents. Box sizes come from the label length in the page's monospace
 * font.
 */
public final class LayeredLayout {
  /** Width of one character of the node font (13 px monospace), with a little slack. */
  static final double CHAR_WIDTH = 8.0;

  static final double NODE_HEIGHT = 28;
  private static final double NODE_PADDING = 22;
  private static final double GROUP_LABEL_HEIGHT = 26;
  private static final double MARGIN = 16;

  /**
   * Lays {@code input} out, each connected part on its own, the parts packed in rows (see {@link
   * ComponentPacking}); an empty input gives an empty layout.
   */
  public GraphLayout layOut(GraphInput input) {
    return ComponentPacking.layOut(input, this::layOutConnected);
  }

  private GraphLayout layOutConnected(GraphInput input) {
    ElkNode root = ElkGraphUtil.createGraph();
    root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
    root.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
    root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
    root.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.INCLUDE_CHILDREN);
    root.setProperty(CoreOptions.PADDING, new ElkPadding(MARGIN));
    root.setProperty(LayeredOptions.SPACING_NODE_NODE, 24.0);
    root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 36.0);
    root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 14.0);

    Map<String, Integer> rows = GroupRows.rows(input, this::layOutConnected);
    Map<String, ElkNode> groups = new LinkedHashMap<>();
    Map<String, List<ElkNode>> rowBoxes = new HashMap<>();
    Map<String, ElkNode> nodes = new LinkedHashMap<>();
    for (GraphInput.Node node : input.nodes()) {
      ElkNode parent = root;
      if (node.group() != null) {
        parent = groups.computeIfAbsent(node.group(), g -> group(root, g));
        Integer row = rows.get(node.id());
        if (row != null) {
          parent =
              rowBox(parent, rowBoxes.computeIfAbsent(node.group(), g -> new ArrayList<>()), row);
        }
      }
      ElkNode box = ElkGraphUtil.createNode(parent);
      box.setIdentifier(node.id());
      box.setDimensions(node.label().length() * CHAR_WIDTH + NODE_PADDING, NODE_HEIGHT);
      nodes.put(node.id(), box);
    }
    Map<ElkEdge, GraphInput.Link> links = new LinkedHashMap<>();
    for (GraphInput.Link link : input.links()) {
      ElkNode from = nodes.get(link.from());
      ElkNode to = nodes.get(link.to());
      if (from == null || to == null) {
        throw new IllegalArgumentException("link " + link.id() + " names an unknown node");
      }
      links.put(ElkGraphUtil.createSimpleEdge(from, to), link);
    }
    new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
    return result(root, input, groups, nodes, links);
  }

  /**
   * The invisible box of row {@code row} of a group's unrelated parts (see {@link GroupRows}), made
   * when first asked for; each row box is linked to the next by a link that is not drawn, which
   * puts the rows below one another.
   */
  private static ElkNode rowBox(ElkNode group, List<ElkNode> boxes, int row) {
    while (boxes.size() <= row) {
      ElkNode box = ElkGraphUtil.createNode(group);
      box.setProperty(CoreOptions.PADDING, new ElkPadding(0));
      if (!boxes.isEmpty()) {
        ElkGraphUtil.createSimpleEdge(boxes.get(boxes.size() - 1), box);
      }
      boxes.add(box);
    }
    return boxes.get(row);
  }

  private static ElkNode group(ElkNode root, String id) {
    ElkNode group = ElkGraphUtil.createNode(root);
    group.setIdentifier(id);
    group.setProperty(CoreOptions.PADDING, new ElkPadding(GROUP_LABEL_HEIGHT + 6, 12, 12, 12));
    return group;
  }

  private static GraphLayout result(
      ElkNode root,
      GraphInput input,
      Map<String, ElkNode> groups,
      Map<String, ElkNode> nodes,
      Map<ElkEdge, GraphInput.Link> links) {
    Map<String, String> labels = new HashMap<>();
    input.nodes().forEach(n -> labels.put(n.id(), n.label()));
    List<GraphLayout.Box> groupBoxes = new ArrayList<>();
    groups.forEach((id, group) -> groupBoxes.add(box(id, id, group)));
    List<GraphLayout.Box> nodeBoxes = new ArrayList<>();
    nodes.forEach((id, node) -> nodeBoxes.add(box(id, labels.get(id), node)));
    List<GraphLayout.Route> routes = new ArrayList<>();
    links.forEach((edge, link) -> routes.add(route(edge, link)));
    return new GraphLayout(root.getWidth(), root.getHeight(), nodeBoxes, groupBoxes, routes);
  }

  private static GraphLayout.Box box(String id, String label, ElkNode node) {
    double[] origin = origin(node.getParent());
    return new GraphLayout.Box(
        id,
        label,
        origin[0] + node.getX(),
        origin[1] + node.getY(),
        node.getWidth(),
        node.getHeight());
  }

  /** The absolute position of {@code node}'s top left corner; its children are relative to it. */
  private static double[] origin(ElkNode node) {
    double x = 0;
    double y = 0;
    for (ElkNode n = node; n != null && n.getParent() != null; n = n.getParent()) {
      x += n.getX();
      y += n.getY();
    }
    return new double[] {x, y};
  }

  private static GraphLayout.Route route(ElkEdge edge, GraphInput.Link link) {
    // Edge coordinates are relative to the node that contains the edge.
    double[] origin = origin(edge.getContainingNode());
    List<GraphLayout.Point> points = new ArrayList<>();
    for (ElkEdgeSection section : edge.getSections()) {
      if (points.isEmpty()) {
        points.add(point(origin, section.getStartX(), section.getStartY()));
      }
      for (ElkBendPoint bend : section.getBendPoints()) {
        points.add(point(origin, bend.getX(), bend.getY()));
      }
      points.add(point(origin, section.getEndX(), section.getEndY()));
    }
    return new GraphLayout.Route(link.id(), link.from(), link.to(), List.copyOf(points));
  }

  private static GraphLayout.Point point(double[] origin, double x, double y) {
    return new GraphLayout.Point(origin[0] + x, origin[1] + y);
  }
}
