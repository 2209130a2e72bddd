package io.lockwatch.report.fingerprint;

import static io.lockwatch.report.SampleReports.ORDER_HOLDS_INVENTORY;
import static io.lockwatch.report.SampleReports.ORDER_TAKES_ORDERS;
import static io.lockwatch.report.SampleReports.REPORT_HOLDS_ORDERS;
import static io.lockwatch.report.SampleReports.REPORT_TAKES_INVENTORY;
import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.report.SampleReports;
import io.lockwatch.report.model.CodeEdge;
import io.lockwatch.report.model.CycleEdge;
import java.util.List;
import org.junit.jupiter.api.Test;

class CycleFingerprintTest {
  private final List<CycleEdge> edges = SampleReports.shopCycle().edges();

  @Test
  void does_not_depend_on_edge_order_threads_or_lock_ids() {
    CycleEdge a = edges.get(0);
    CycleEdge b = edges.get(1);
    CycleEdge otherThread =
        new CycleEdge(
            7,
            9,
            "someone-else",
            List.of(),
            a.heldAt(),
            a.acquiredAt(),
            "exclusive",
            List.of(),
            List.of());
    assertThat(CycleFingerprint.ofCycleEdges(List.of(b, a)))
        .isEqualTo(CycleFingerprint.ofCycleEdges(edges))
        .isEqualTo(CycleFingerprint.ofCycleEdges(List.of(otherThread, b)))
        .matches("cycle:[0-9a-f]{16}");
  }

  @Test
  void instance_cycle_and_code_level_cycle_with_the_same_sites_agree() {
    List<CodeEdge> codeLevel =
        List.of(
            SampleReports.edge(
                "A", "B", ORDER_HOLDS_INVENTORY, ORDER_TAKES_ORDERS, List.of(), "t1"),
            SampleReports.edge(
                "B", "A", REPORT_HOLDS_ORDERS, REPORT_TAKES_INVENTORY, List.of(), "t2"));
    assertThat(CycleFingerprint.ofLockOrderEdges(codeLevel))
        .isEqualTo(CycleFingerprint.ofCycleEdges(edges));
  }

  @Test
  void another_line_is_another_cycle() {
    CycleEdge a = edges.get(0);
    CycleEdge moved =
        new CycleEdge(
            a.from(),
            a.to(),
            a.thread(),
            a.locksHeld(),
            a.heldAt(),
            SampleReports.site(
                "com.example.shop.OrderService", "placeOrder", "OrderService.java", 35),
            a.acquiredMode(),
            a.heldStack(),
            a.acquiredStack());
    assertThat(CycleFingerprint.ofCycleEdges(List.of(moved, edges.get(1))))
        .isNotEqualTo(CycleFingerprint.ofCycleEdges(edges));
  }

  @Test
  void site_set_is_sorted_edge_keys() {
    assertThat(CycleFingerprint.siteSet(List.of("b->c", "a->b", "b->c"))).isEqualTo("a->b|b->c");
    assertThat(CycleFingerprint.edgeKey(ORDER_HOLDS_INVENTORY, ORDER_TAKES_ORDERS))
        .isEqualTo(
            "com.example.shop.OrderService#placeOrder:31->"
                + "com.example.shop.OrderService#placeOrder:34");
  }

  @Test
  void recipe_is_the_agents_sha256_of_the_joined_site_pairs() {
    // Computed apart from this class: the first 8 bytes of SHA-256 of
    // "...OrderService#placeOrder:31->...#placeOrder:34|...ReportService#nightly:22->...:25".
    assertThat(CycleFingerprint.ofCycleEdges(edges)).isEqualTo("cycle:b292d14f9c64c7ce");
  }
}
