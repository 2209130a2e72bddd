package io.lockwatch.report.render.html;

import static io.lockwatch.report.render.Html.escape;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.lockwatch.report.render.LockGraph;
import io.lockwatch.report.render.graph.GraphInput;
import io.lockwatch.report.render.graph.GraphLayout;
import io.lockwatch.report.render.graph.LayeredLayout;
import io.lockwatch.report.render.graph.SvgGraph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The lock-order graph section: the graph of lock classes grouped by package and the graph of
 * packages, both laid out here by {@link LayeredLayout}; a toolbar and a details panel that the
 * page's script drives (zoom, pan, search, hide, collapse); and, for readers without script, a
 * scrollable drawing and a table of every arc with its sites. Also draws one cycle's subgraph.
 */
final class GraphSection {
  private final LockGraph graph;
  private final PackageGraph packages;
  private final Map<String, String> anchorOfCycle;
  private final Map<String, Integer> nodeIndex = new HashMap<>();
  private final int[] packageOfNode;

  /**
   * @param anchorOfCycle the anchor of each reported cycle's detail, by fingerprint
   */
  GraphSection(LockGraph graph, Map<String, String> anchorOfCycle) {
    this.graph = graph;
    this.packages = PackageGraph.of(graph);
    this.anchorOfCycle = anchorOfCycle;
    for (int i = 0; i < graph.nodes().size(); i++) {
      nodeIndex.put(graph.nodes().get(i).id(), i);
    }
    packageOfNode = new int[graph.nodes().size()];
    for (int p = 0; p < packages.packages().size(); p++) {
      for (int node : packages.packages().get(p).lockClasses()) {
        packageOfNode[node] = p;
      }
    }
  }

  /** The whole section. */
  String html() {
    StringBuilder out = new StringBuilder("<section id=\"graph\">\n<h2>Lock-order graph</h2>\n");
    if (graph.nodes().isEmpty()) {
      return out.append("<p class=\"muted\">No lock-order edges in this report.</p>\n</section>\n")
          .toString();
    }
    out.append("<p class=\"legend\"><span><i class=\"swatch\"></i>lock order seen</span>")
        .append("<span><i class=\"swatch cycle\"></i>part of a reported cycle</span>")
        .append("<span class=\"muted\">")
        .append(graph.nodes().size())
        .append(" lock classes in ")
        .append(packages.packages().size())
        .append(packages.packages().size() == 1 ? " package, " : " packages, ")
        .append(graph.arcs().size())
        .append(" arcs. Layered layout: an arrow goes from the lock held to the lock taken.")
        .append("</span></p>\n");
    out.append(Resources.text("graph-toolbar.html"));
    GraphLayout classes = classLayout();
    // No taller than the drawing needs, so a small graph leaves no empty box.
    String height =
        String.format(
            Locale.ROOT,
            " style=\"height: min(72vh, %.0fpx)\"",
            Math.max(300, classes.height() + 40));
    out.append("<div class=\"graph-box\">\n<div class=\"graph-viewport\" id=\"graph-viewport\"")
        .append(height)
        .append(">\n")
        .append(classView(classes))
        .append(packageView())
        .append("</div>\n<aside class=\"graph-panel\" id=\"graph-panel\" aria-live=\"polite\"")
        .append(height)
        .append(">")
        .append("<p class=\"muted\">Click a lock class, a package or an arrow for its details.")
        .append("</p></aside>\n</div>\n");
    out.append("<script type=\"application/json\" id=\"graph-data\">")
        .append(data())
        .append("</script>\n");
    return out.append(arcTable()).append("</section>\n").toString();
  }

  private GraphLayout classLayout() {
    List<GraphInput.Node> nodes = new ArrayList<>();
    for (int i = 0; i < graph.nodes().size(); i++) {
      LockGraph.Node node = graph.nodes().get(i);
      nodes.add(new GraphInput.Node("n" + i, node.label(), packageLabel(packageOf(i))));
    }
    return new LayeredLayout().layOut(new GraphInput(nodes, classLinks()));
  }

  private String classView(GraphLayout layout) {
    return SvgGraph.draw(layout, classLook(), "graph-classes", "Lock-order graph of lock classes");
  }

  /** How lock classes and their arcs look, in the whole graph and in a cycle's subgraph. */
  private SvgGraph.Look classLook() {
    return new SvgGraph.Look() {
      @Override
      public String nodeClass(String id) {
        return graph.nodes().get(index(id)).inCycle() ? "cycle" : "";
      }

      @Override
      public String routeClass(String id) {
        return graph.arcs().get(index(id)).inCycle() ? "cycle" : "";
      }

      @Override
      public String nodeTitle(String id) {
        return graph.nodes().get(index(id)).id();
      }

      @Override
      public String routeTitle(String id) {
        LockGraph.Arc arc = graph.arcs().get(index(id));
        return arcName(arc) + " (" + arc.sites().size() + " site pairs)";
      }
    };
  }

  private List<GraphInput.Link> classLinks() {
    List<GraphInput.Link> links = new ArrayList<>();
    for (int a = 0; a < graph.arcs().size(); a++) {
      links.add(link(a));
    }
    return links;
  }

  /** The arc {@code a} as a link between its lock classes' nodes. */
  private GraphInput.Link link(int a) {
    LockGraph.Arc arc = graph.arcs().get(a);
    return new GraphInput.Link(
        "a" + a, "n" + nodeIndex.get(arc.from()), "n" + nodeIndex.get(arc.to()));
  }

  private String packageView() {
    List<GraphInput.Node> nodes = new ArrayList<>();
    List<PackageGraph.Package> list = packages.packages();
    for (int p = 0; p < list.size(); p++) {
      int n = list.get(p).lockClasses().size();
      nodes.add(
          new GraphInput.Node(
              "p" + p,
              packageLabel(p) + " (" + n + (n == 1 ? " lock class)" : " lock classes)"),
              null));
    }
    List<GraphInput.Link> links = new ArrayList<>();
    for (int a = 0; a < packages.arcs().size(); a++) {
      PackageGraph.PackageArc arc = packages.arcs().get(a);
      links.add(new GraphInput.Link("pa" + a, "p" + arc.from(), "p" + arc.to()));
    }
    GraphLayout layout = new LayeredLayout().layOut(new GraphInput(nodes, links));
    SvgGraph.Look look =
        new SvgGraph.Look() {
          @Override
          public String nodeClass(String id) {
            return list.get(index(id)).inCycle() ? "cycle package" : "package";
          }

          @Override
          public String routeClass(String id) {
            return packages.arcs().get(index(id)).inCycle() ? "cycle" : "";
          }

          @Override
          public String nodeTitle(String id) {
            return packageLabel(index(id));
          }

          @Override
          public String routeTitle(String id) {
            PackageGraph.PackageArc arc = packages.arcs().get(index(id));
            return packageLabel(arc.from()) + " -> " + packageLabel(arc.to());
          }
        };
    String svg = SvgGraph.draw(layout, look, "graph-packages", "Lock-order graph of packages");
    return svg.replaceFirst("<svg ", "<svg hidden ");
  }

  /** The subgraph of one reported cycle: its lock classes and the arcs it uses. */
  String cycleSvg(String fingerprint, String anchor) {
    Set<Integer> nodes = new LinkedHashSet<>();
    List<GraphInput.Link> links = new ArrayList<>();
    for (int a = 0; a < graph.arcs().size(); a++) {
      LockGraph.Arc arc = graph.arcs().get(a);
      if (arc.cycles().contains(fingerprint)) {
        nodes.add(nodeIndex.get(arc.from()));
        nodes.add(nodeIndex.get(arc.to()));
        links.add(link(a));
      }
    }
    if (links.isEmpty()) {
      return "";
    }
    List<GraphInput.Node> inputNodes = new ArrayList<>();
    nodes.forEach(
        i -> inputNodes.add(new GraphInput.Node("n" + i, graph.nodes().get(i).label(), null)));
    GraphLayout layout = new LayeredLayout().layOut(new GraphInput(inputNodes, links));
    return "<div class=\"cycle-graph\">"
        + SvgGraph.draw(layout, classLook(), anchor + "-graph", "The cycle's lock classes")
        + "</div>\n";
  }

  private String data() {
    JsonObject nodes = new JsonObject();
    for (int i = 0; i < graph.nodes().size(); i++) {
      LockGraph.Node node = graph.nodes().get(i);
      JsonObject json = new JsonObject();
      json.addProperty("name", node.id());
      json.addProperty("label", node.label());
      json.addProperty("pkg", "p" + packageOf(i));
      json.addProperty("cycle", node.inCycle());
      nodes.add("n" + i, json);
    }
    JsonObject arcs = new JsonObject();
    for (int a = 0; a < graph.arcs().size(); a++) {
      LockGraph.Arc arc = graph.arcs().get(a);
      JsonObject json = new JsonObject();
      json.addProperty("from", "n" + nodeIndex.get(arc.from()));
      json.addProperty("to", "n" + nodeIndex.get(arc.to()));
      json.addProperty("count", arc.count());
      json.add("sites", strings(arc.sites()));
      json.add("threads", strings(arc.threads()));
      JsonArray findings = new JsonArray();
      arc.cycles().stream().map(anchorOfCycle::get).filter(x -> x != null).forEach(findings::add);
      json.add("findings", findings);
      arcs.add("a" + a, json);
    }
    JsonObject pkgs = new JsonObject();
    for (int p = 0; p < packages.packages().size(); p++) {
      JsonObject json = new JsonObject();
      json.addProperty("name", packageLabel(p));
      JsonArray members = new JsonArray();
      packages.packages().get(p).lockClasses().forEach(i -> members.add("n" + i));
      json.add("nodes", members);
      pkgs.add("p" + p, json);
    }
    JsonObject pkgArcs = new JsonObject();
    for (int a = 0; a < packages.arcs().size(); a++) {
      PackageGraph.PackageArc arc = packages.arcs().get(a);
      JsonObject json = new JsonObject();
      json.addProperty("from", "p" + arc.from());
      json.addProperty("to", "p" + arc.to());
      JsonArray members = new JsonArray();
      arc.arcs().forEach(i -> members.add("a" + i));
      json.add("arcs", members);
      pkgArcs.add("pa" + a, json);
    }
    JsonObject root = new JsonObject();
    root.add("nodes", nodes);
    root.add("arcs", arcs);
    root.add("packages", pkgs);
    root.add("packageArcs", pkgArcs);
    // Gson's default escaping turns < > & into \\u003c..., so nothing can close the script.
    return new Gson().toJson(root);
  }

  private String arcTable() {
    StringBuilder out =
        new StringBuilder("<details class=\"arc-table\"><summary>Every arc as a table (")
            .append(graph.arcs().size())
            .append(")</summary>\n<div class=\"table-scroll\"><table class=\"grid\">")
            .append("<thead><tr><th>held</th><th>then taken</th><th>site pairs</th>")
            .append("<th>edges</th><th>threads</th></tr></thead>\n<tbody>\n");
    for (LockGraph.Arc arc : graph.arcs()) {
      out.append("<tr")
          .append(arc.inCycle() ? " class=\"cycle\"" : "")
          .append("><td>")
          .append(escape(arc.from()))
          .append("</td><td>")
          .append(escape(arc.to()))
          .append("</td><td>")
          .append(escape(String.join("\n", arc.sites())).replace("\n", "<br>"))
          .append("</td><td>")
          .append(arc.count())
          .append("</td><td>")
          .append(escape(String.join(", ", arc.threads())))
          .append("</td></tr>\n");
    }
    return out.append("</tbody></table></div></details>\n").toString();
  }

  private static JsonArray strings(List<String> values) {
    JsonArray array = new JsonArray();
    values.forEach(array::add);
    return array;
  }

  private String arcName(LockGraph.Arc arc) {
    return graph.nodes().get(nodeIndex.get(arc.from())).label()
        + " -> "
        + graph.nodes().get(nodeIndex.get(arc.to())).label();
  }

  private int packageOf(int node) {
    return packageOfNode[node];
  }

  private String packageLabel(int p) {
    String name = packages.packages().get(p).name();
    return name.isEmpty() ? "(default package)" : name;
  }

  /** 12 for {@code n12}, {@code a12}, {@code p12} or {@code pa12}. */
  private static int index(String id) {
    int digits = 0;
    while (!Character.isDigit(id.charAt(digits))) {
      digits++;
    }
    return Integer.parseInt(id.substring(digits));
  }
}
