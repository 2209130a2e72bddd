package io.lockwatch.report.render;

import io.lockwatch.report.model.Report;
import java.io.Writer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.dot.DOTExporter;

/**
 * The lock-order graph in Graphviz DOT ({@code dot -Tsvg}), through JGraphT's exporter: lock
 * classes as nodes, one arc per ordered pair with its sites as label, cycles in red.
 */
public final class DotRenderer {
  private static final String CYCLE_COLOR = "#c62828";

  /** Writes the graph of {@code report} to {@code out}. */
  public void render(Report report, Writer out) {
    LockGraph lockGraph = LockGraph.of(report);
    Graph<LockGraph.Node, LockGraph.Arc> graph = new DirectedPseudograph<>(LockGraph.Arc.class);
    Map<String, LockGraph.Node> nodes = new HashMap<>();
    Map<LockGraph.Node, String> ids = new HashMap<>();
    for (LockGraph.Node node : lockGraph.nodes()) {
      graph.addVertex(node);
      nodes.put(node.id(), node);
      ids.put(node, "n" + ids.size());
    }
    for (LockGraph.Arc arc : lockGraph.arcs()) {
      graph.addEdge(nodes.get(arc.from()), nodes.get(arc.to()), arc);
    }

    DOTExporter<LockGraph.Node, LockGraph.Arc> exporter = new DOTExporter<>(ids::get);
    exporter.setGraphIdProvider(() -> "lockorder");
    exporter.setGraphAttributeProvider(
        () -> {
          Map<String, Attribute> attributes = new LinkedHashMap<>();
          attributes.put("rankdir", DefaultAttribute.createAttribute("LR"));
          // The exporter writes graph attributes unquoted (unlike node and edge attributes).
          attributes.put(
              "label", DefaultAttribute.createAttribute("\"Lockwatch lock-order graph\""));
          return attributes;
        });
    exporter.setVertexAttributeProvider(
        node -> {
          Map<String, Attribute> attributes = new LinkedHashMap<>();
          attributes.put("label", DefaultAttribute.createAttribute(node.label()));
          attributes.put("tooltip", DefaultAttribute.createAttribute(node.id()));
          attributes.put("shape", DefaultAttribute.createAttribute("box"));
          if (node.inCycle()) {
            attributes.put("color", DefaultAttribute.createAttribute(CYCLE_COLOR));
            attributes.put("penwidth", DefaultAttribute.createAttribute(2));
          }
          return attributes;
        });
    exporter.setEdgeAttributeProvider(
        arc -> {
          Map<String, Attribute> attributes = new LinkedHashMap<>();
          attributes.put(
              "label", DefaultAttribute.createAttribute(String.join("\\n", arc.sites())));
          if (arc.inCycle()) {
            attributes.put("color", DefaultAttribute.createAttribute(CYCLE_COLOR));
            attributes.put("fontcolor", DefaultAttribute.createAttribute(CYCLE_COLOR));
            attributes.put("penwidth", DefaultAttribute.createAttribute(2));
          }
          return attributes;
        });
    exporter.exportGraph(graph, out);
  }
}
