package io.lockwatch.report.render.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LayeredLayoutTest {

  private static final GraphInput TWO_PACKAGES =
      new GraphInput(
          List.of(
              new GraphInput.Node("a.Bank.lock", "Bank.lock", "a"),
              new GraphInput.Node("a.Account", "Account", "a"),
              new GraphInput.Node("b.Ledger", "Ledger", "b"),
              new GraphInput.Node("Object", "Object", null)),
          List.of(
              new GraphInput.Link("e1", "a.Bank.lock", "a.Account"),
              new GraphInput.Link("e2", "a.Account", "b.Ledger"),
              new GraphInput.Link("e3", "b.Ledger", "a.Bank.lock"),
              new GraphInput.Link("e4", "a.Account", "a.Account"),
              new GraphInput.Link("e5", "Object", "b.Ledger")));

  @Test
  void boxes_do_not_overlap_and_fit_their_labels() {
    GraphLayout layout = new LayeredLayout().layOut(TWO_PACKAGES);
    assertThat(layout.nodes()).hasSize(4);
    for (GraphLayout.Box box : layout.nodes()) {
      assertThat(box.width()).isGreaterThanOrEqualTo(box.label().length() * 7.8);
      assertThat(box.x()).isGreaterThanOrEqualTo(0);
      assertThat(box.x() + box.width()).isLessThanOrEqualTo(layout.width());
      assertThat(box.y() + box.height()).isLessThanOrEqualTo(layout.height());
      for (GraphLayout.Box other : layout.nodes()) {
        if (other != box) {
          assertThat(overlap(box, other)).as("%s and %s", box.id(), other.id()).isFalse();
        }
      }
    }
  }

  @Test
  void groups_contain_their_nodes_and_nothing_else() {
    GraphLayout layout = new LayeredLayout().layOut(TWO_PACKAGES);
    Map<String, GraphLayout.Box> groups = byId(layout.groups());
    Map<String, GraphLayout.Box> nodes = byId(layout.nodes());
    assertThat(groups).containsOnlyKeys("a", "b");
    assertThat(contains(groups.get("a"), nodes.get("a.Account"))).isTrue();
    assertThat(contains(groups.get("a"), nodes.get("a.Bank.lock"))).isTrue();
    assertThat(contains(groups.get("b"), nodes.get("b.Ledger"))).isTrue();
    assertThat(overlap(groups.get("a"), nodes.get("Object"))).isFalse();
    assertThat(overlap(groups.get("a"), groups.get("b"))).isFalse();
  }

  @Test
  void routes_run_from_the_border_of_one_box_to_the_border_of_the_other() {
    GraphLayout layout = new LayeredLayout().layOut(TWO_PACKAGES);
    Map<String, GraphLayout.Box> nodes = byId(layout.nodes());
    assertThat(layout.routes()).hasSize(5);
    for (GraphLayout.Route route : layout.routes()) {
      assertThat(route.points()).hasSizeGreaterThanOrEqualTo(2);
      assertThat(distanceToBorder(nodes.get(route.from()), route.points().get(0)))
          .as("start of %s", route.id())
          .isCloseTo(0, within(1.0));
      assertThat(
              distanceToBorder(
                  nodes.get(route.to()), route.points().get(route.points().size() - 1)))
          .as("end of %s", route.id())
          .isCloseTo(0, within(1.0));
    }
  }

  @Test
  void three_hundred_nodes_are_laid_out_in_layers_quickly() {
    List<GraphInput.Node> nodes = new ArrayList<>();
    List<GraphInput.Link> links = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      nodes.add(new GraphInput.Node("n" + i, "SomeLockClass" + i + ".lock", "p" + (i % 12)));
      if (i > 0) {
        links.add(new GraphInput.Link("l" + i, "n" + (i * 7 % i), "n" + i));
      }
      if (i % 10 == 9) {
        links.add(new GraphInput.Link("back" + i, "n" + i, "n" + (i - 9)));
      }
    }
    long start = System.nanoTime();
    GraphLayout layout = new LayeredLayout().layOut(new GraphInput(nodes, links));
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(layout.nodes()).hasSize(300);
    assertThat(layout.routes()).hasSize(links.size());
    assertThat(millis).as("layout time in ms").isLessThan(20_000);
    long rows = layout.nodes().stream().map(GraphLayout.Box::y).distinct().count();
    assertThat(rows).as("distinct rows: layered, not one line or a circle").isGreaterThan(3);
  }

  @Test
  void unconnected_parts_are_packed_in_rows_not_in_one_long_row() {
    List<GraphInput.Node> nodes = new ArrayList<>();
    List<GraphInput.Link> links = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      nodes.add(new GraphInput.Node("a" + i, "Program" + i + ".LOCK_A", "p"));
      nodes.add(new GraphInput.Node("b" + i, "Program" + i + ".LOCK_B", "p"));
      links.add(new GraphInput.Link("l" + i, "a" + i, "b" + i));
    }
    GraphLayout layout = new LayeredLayout().layOut(new GraphInput(nodes, links));
    assertThat(layout.nodes()).hasSize(48);
    assertThat(layout.width() / layout.height()).as("aspect ratio").isBetween(0.8, 3.0);
    for (GraphLayout.Box box : layout.nodes()) {
      for (GraphLayout.Box other : layout.nodes()) {
        if (other != box) {
          assertThat(overlap(box, other)).as("%s and %s", box.id(), other.id()).isFalse();
        }
      }
    }
  }

  @Test
  void a_package_whose_lock_classes_share_no_arc_is_still_one_box_with_its_parts_in_rows() {
    List<GraphInput.Node> nodes = new ArrayList<>();
    List<GraphInput.Link> links = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      nodes.add(new GraphInput.Node("a" + i, "Program" + i + ".LOCK_A", "samples"));
      nodes.add(new GraphInput.Node("b" + i, "Program" + i + ".LOCK_B", "samples"));
      links.add(new GraphInput.Link("l" + i, "a" + i, "b" + i));
    }
    nodes.add(new GraphInput.Node("other", "Other.lock", "other"));
    links.add(new GraphInput.Link("x", "other", "a3"));
    GraphLayout layout = new LayeredLayout().layOut(new GraphInput(nodes, links));
    assertThat(layout.groups()).extracting(GraphLayout.Box::id).containsOnly("samples", "other");
    assertThat(layout.groups()).as("one box per group").hasSize(2);
    GraphLayout.Box samples = byId(layout.groups()).get("samples");
    for (GraphLayout.Box box : layout.nodes()) {
      assertThat(contains(samples, box)).as(box.id()).isEqualTo(!box.id().equals("other"));
    }
    assertThat(samples.width() / samples.height()).as("aspect ratio of the box").isLessThan(4);
    assertThat(layout.routes()).as("no route for the rows' invisible links").hasSize(13);
  }

  private static Map<String, GraphLayout.Box> byId(List<GraphLayout.Box> boxes) {
    return boxes.stream().collect(Collectors.toMap(GraphLayout.Box::id, Function.identity()));
  }

  private static boolean overlap(GraphLayout.Box a, GraphLayout.Box b) {
    return a.x() < b.x() + b.width()
        && b.x() < a.x() + a.width()
        && a.y() < b.y() + b.height()
        && b.y() < a.y() + a.height();
  }

  private static boolean contains(GraphLayout.Box outer, GraphLayout.Box inner) {
    return inner.x() >= outer.x()
        && inner.y() >= outer.y()
        && inner.x() + inner.width() <= outer.x() + outer.width()
        && inner.y() + inner.height() <= outer.y() + outer.height();
  }

  private static double distanceToBorder(GraphLayout.Box box, GraphLayout.Point p) {
    double dx = Math.max(Math.max(box.x() - p.x(), 0), p.x() - (box.x() + box.width()));
    double dy = Math.max(Math.max(box.y() - p.y(), 0), p.y() - (box.y() + box.height()));
    boolean inside =
        p.x() > box.x()
            && p.x() < box.x() + box.width()
            && p.y() > box.y()
            && p.y() < box.y() + box.height();
    if (inside) {
      return Math.min(
          Math.min(p.x() - box.x(), box.x() + box.width() - p.x()),
          Math.min(p.y() - box.y(), box.y() + box.height() - p.y()));
    }
    return Math.hypot(dx, dy);
  }
}
