package io.lockwatch.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.report.SampleReports;
import io.lockwatch.report.model.CodeEdge;
import io.lockwatch.report.model.Report;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.dot.DOTImporter;
import org.junit.jupiter.api.Test;

class DotRendererTest {

  private static String render(Report report) {
    StringWriter out = new StringWriter();
    new DotRenderer().render(report, out);
    return out.toString();
  }

  @Test
  void dot_parses_back_with_every_lock_class_and_arc() {
    String dot = render(SampleReports.shop());
    assertThat(dot).startsWith("digraph lockorder {");

    Map<String, Map<String, Attribute>> vertexAttributes = new HashMap<>();
    Map<String, String> labels = new HashMap<>();
    Graph<String, Map<String, Attribute>> graph = new DirectedPseudograph<>(null, null, false);
    DOTImporter<String, Map<String, Attribute>> importer = new DOTImporter<>();
    importer.setVertexFactory(id -> id);
    importer.setEdgeWithAttributesFactory(attributes -> new HashMap<>(attributes));
    importer.addVertexAttributeConsumer(
        (pair, attribute) -> {
          vertexAttributes
              .computeIfAbsent(pair.getFirst(), v -> new HashMap<>())
              .put(pair.getSecond(), attribute);
          if (pair.getSecond().equals("label")) {
            labels.put(pair.getFirst(), attribute.getValue());
          }
        });
    importer.importGraph(graph, new StringReader(dot));

    assertThat(labels.values())
        .containsExactlyInAnyOrder(
            "Inventory.lock", "Orders.lock", "AuditLog", "Account", "Catalog.CACHE_LOCK");
    assertThat(graph.edgeSet()).hasSize(5);
    Map<String, String> byName = new HashMap<>();
    labels.forEach((id, label) -> byName.put(label, id));
    String inventory = byName.get("Inventory.lock");
    String orders = byName.get("Orders.lock");
    assertThat(graph.getAllEdges(inventory, orders))
        .singleElement()
        .satisfies(
            attributes -> {
              assertThat(attributes.get("color").getValue()).isEqualTo("#c62828");
              assertThat(attributes.get("label").getValue())
                  .contains("OrderService.java:31 -> OrderService.java:34");
            });
    assertThat(graph.getAllEdges(orders, inventory)).hasSize(1);
    String account = byName.get("Account");
    assertThat(graph.getAllEdges(account, account)).hasSize(1);
    String audit = byName.get("AuditLog");
    assertThat(graph.getAllEdges(orders, audit).iterator().next()).doesNotContainKey("color");
    assertThat(vertexAttributes.get(inventory).get("color").getValue()).isEqualTo("#c62828");
  }

  @Test
  void several_sites_of_one_pair_of_locks_are_one_arc_with_a_line_each() {
    Report shop = SampleReports.shop();
    List<CodeEdge> edges = new ArrayList<>(shop.codeEdges());
    edges.add(
        SampleReports.edge(
            SampleReports.INVENTORY,
            SampleReports.ORDERS,
            SampleReports.site("com.example.shop.Returns", "refund", "Returns.java", 12),
            SampleReports.site("com.example.shop.Returns", "refund", "Returns.java", 15),
            List.of(),
            "refunds"));
    Report more =
        Report.withCodeEdges(
            1,
            shop.run(),
            shop.summary(),
            shop.lockOrderCycles(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            edges,
            List.of());
    assertThat(render(more))
        .contains(
            "label=\"OrderService.java:31 -> OrderService.java:34\\n"
                + "Returns.java:12 -> Returns.java:15\"");
  }

  @Test
  void an_empty_report_is_an_empty_graph() {
    Report empty =
        Report.withCodeEdges(
            1,
            SampleReports.run(1, "exit"),
            SampleReports.summary(0, 0, 0, 0, 0),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of());
    assertThat(render(empty)).startsWith("digraph lockorder {").doesNotContain("->");
  }
}
