package io.lockwatch.report.merge;

import static io.lockwatch.report.SampleReports.INVENTORY;
import static io.lockwatch.report.SampleReports.ORDERS;
import static io.lockwatch.report.SampleReports.ORDER_HOLDS_INVENTORY;
import static io.lockwatch.report.SampleReports.ORDER_TAKES_ORDERS;
import static io.lockwatch.report.SampleReports.REPORT_HOLDS_ORDERS;
import static io.lockwatch.report.SampleReports.REPORT_TAKES_INVENTORY;
import static io.lockwatch.report.SampleReports.edge;
import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.report.SampleReports;
import io.lockwatch.report.fingerprint.CycleFingerprint;
import io.lockwatch.report.json.ReportJson;
import io.lockwatch.report.model.CodeEdge;
import io.lockwatch.report.model.CycleEdge;
import io.lockwatch.report.model.LockOrderCycle;
import io.lockwatch.report.model.Report;
import io.lockwatch.report.model.Site;
import io.lockwatch.report.schema.ReportSchema;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportMergerTest {
  private final ReportMerger merger = new ReportMerger();

  private Report merge(Report... reports) {
    List<MergeInput> inputs = new ArrayList<>();
    for (int i = 0; i < reports.length; i++) {
      inputs.add(new MergeInput("lockwatch-" + (i + 1) + ".json", reports[i]));
    }
    return merger.merge(inputs);
  }

  @Test
  void cycle_whose_halves_were_seen_in_two_jvms_is_found() {
    Report merged = merge(SampleReports.orderHalf(), SampleReports.reportHalf());

    assertThat(merged.lockOrderCycles()).hasSize(1);
    LockOrderCycle cycle = merged.lockOrderCycles().get(0);
    assertThat(cycle.kind()).isEqualTo("deadlock");
    // the two JVMs saw lock classes, not the same objects: a predicted deadlock, one step lower
    assertThat(cycle.predicted()).isTrue();
    assertThat(cycle.severity()).isEqualTo("medium");
    assertThat(cycle.edges())
        .extracting(CycleEdge::thread)
        .containsExactlyInAnyOrder("lockwatch-1.json:main", "lockwatch-2.json:main");
    assertThat(cycle.edges())
        .extracting(e -> e.heldAt().fileAndLine() + " -> " + e.acquiredAt().fileAndLine())
        .containsExactlyInAnyOrder(
            "OrderService.java:31 -> OrderService.java:34",
            "ReportService.java:22 -> ReportService.java:25");
    assertThat(cycle.fingerprint())
        .isEqualTo(CycleFingerprint.ofCycleEdges(SampleReports.shopCycle().edges()));
    assertThat(cycle.chain())
        .isEqualTo(
            "Inventory.lock@OrderService.java:31 --> Orders.lock@OrderService.java:34"
                + " --> Inventory.lock@ReportService.java:25");
    assertThat(cycle.scenario())
        .containsExactly(
            "thread lockwatch-1.json:main holds Inventory.lock (taken at OrderService.java:31)"
                + " and waits for Orders.lock at OrderService.java:34",
            "thread lockwatch-2.json:main holds Orders.lock (taken at ReportService.java:22)"
                + " and waits for Inventory.lock at ReportService.java:25");
    assertThat(cycle.locks()).extracting(l -> l.type()).containsExactly(INVENTORY, ORDERS);
    assertThat(merged.summary().cyclesReported()).isEqualTo(1);
  }

  @Test
  void both_halves_in_one_thread_of_one_jvm_are_no_cycle() {
    Report oneJvm =
        SampleReports.half(
            1,
            edge(INVENTORY, ORDERS, ORDER_HOLDS_INVENTORY, ORDER_TAKES_ORDERS, List.of(), "main"));
    Report sameJvmOtherHalf =
        Report.withCodeEdges(
            oneJvm.schemaVersion(),
            oneJvm.run(),
            oneJvm.summary(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(
                oneJvm.codeEdges().get(0),
                edge(
                    ORDERS,
                    INVENTORY,
                    REPORT_HOLDS_ORDERS,
                    REPORT_TAKES_INVENTORY,
                    List.of(),
                    "main")),
            List.of());
    assertThat(merge(sameJvmOtherHalf).lockOrderCycles()).isEmpty();
    Report unrelated =
        SampleReports.half(
            2, edge("field com.example.X.lock", ORDERS, site(1), site(2), List.of(), "main"));
    assertThat(merge(sameJvmOtherHalf, unrelated).lockOrderCycles()).isEmpty();
  }

  @Test
  void halves_taken_under_the_same_gate_lock_are_no_cycle() {
    String gate = "static field com.example.shop.Shop.GLOBAL";
    Report a =
        SampleReports.half(
            1,
            edge(
                INVENTORY,
                ORDERS,
                ORDER_HOLDS_INVENTORY,
                ORDER_TAKES_ORDERS,
                List.of(gate),
                "main"));
    Report b =
        SampleReports.half(
            2,
            edge(
                ORDERS,
                INVENTORY,
                REPORT_HOLDS_ORDERS,
                REPORT_TAKES_INVENTORY,
                List.of(gate),
                "main"));
    assertThat(merge(a, b).lockOrderCycles()).isEmpty();

    Report bWithOtherGate =
        SampleReports.half(
            2,
            edge(
                ORDERS,
                INVENTORY,
                REPORT_HOLDS_ORDERS,
                REPORT_TAKES_INVENTORY,
                List.of("field com.example.shop.Other.lock"),
                "main"));
    assertThat(merge(a, bWithOtherGate).lockOrderCycles()).hasSize(1);
  }

  @Test
  void an_edge_seen_once_without_its_gate_lock_can_close_a_cycle() {
    String gate = "static field com.example.shop.Shop.GLOBAL";
    Report gated =
        SampleReports.half(
            1,
            edge(
                INVENTORY,
                ORDERS,
                ORDER_HOLDS_INVENTORY,
                ORDER_TAKES_ORDERS,
                List.of(gate),
                "main"));
    Report ungatedSameSites = SampleReports.orderHalf();
    Report other =
        SampleReports.half(
            3,
            edge(
                ORDERS,
                INVENTORY,
                REPORT_HOLDS_ORDERS,
                REPORT_TAKES_INVENTORY,
                List.of(gate),
                "main"));
    assertThat(merge(gated, other).lockOrderCycles()).isEmpty();
    assertThat(merge(gated, ungatedSameSites, other).lockOrderCycles()).hasSize(1);
  }

  @Test
  void class_level_self_loops_are_no_cycle() {
    Report merged = merge(SampleReports.clean(), SampleReports.shop());
    assertThat(merged.lockOrderCycles())
        .extracting(LockOrderCycle::fingerprint)
        .containsExactly(SampleReports.shopCycle().fingerprint());
  }

  @Test
  void a_cycle_through_three_jvms_is_found() {
    String c = "field com.example.shop.Carts.lock";
    Report a = SampleReports.half(1, edge(INVENTORY, ORDERS, site(1), site(2), List.of(), "main"));
    Report b = SampleReports.half(2, edge(ORDERS, c, site(3), site(4), List.of(), "main"));
    Report d = SampleReports.half(3, edge(c, INVENTORY, site(5), site(6), List.of(), "main"));
    assertThat(merge(a, b).lockOrderCycles()).isEmpty();
    LockOrderCycle cycle = merge(a, b, d).lockOrderCycles().get(0);
    assertThat(cycle.edges()).hasSize(3);
    assertThat(cycle.edges()).extracting(CycleEdge::from).containsExactly(1, 2, 3);
    assertThat(cycle.edges()).extracting(CycleEdge::to).containsExactly(2, 3, 1);
  }

  private static Site site(int line) {
    return SampleReports.site("com.example.shop.Flow", "step", "Flow.java", line);
  }

  @Test
  void a_cycle_already_reported_is_not_added_again_and_duplicates_are_summed() {
    Report merged = merge(SampleReports.shop(), SampleReports.shop(), SampleReports.hung());

    assertThat(merged.lockOrderCycles()).hasSize(1);
    assertThat(merged.lockOrderCycles().get(0).occurrences()).isEqualTo(3);
    assertThat(merged.unguardedFields()).hasSize(1);
    assertThat(merged.waitHazards()).hasSize(1);
    assertThat(merged.observedDeadlocks()).hasSize(1);
    assertThat(merged.agentErrors())
        .singleElement()
        .satisfies(e -> assertThat(e.count()).isEqualTo(6));
    assertThat(merged.summary().acquisitions()).isEqualTo(3 * 12_480);
    assertThat(merged.summary().cyclesFiltered()).containsEntry("gate-lock", 3L);
    assertThat(merged.summary().cyclesReported()).isEqualTo(1);
    assertThat(merged.summary().unguardedFields()).isEqualTo(1);
    assertThat(merged.summary().agentErrors()).isEqualTo(6);
  }

  @Test
  void edges_are_merged_by_sites_with_qualified_threads_and_summed_counts() {
    Report merged = merge(SampleReports.shop(), SampleReports.clean());
    CodeEdge inventoryToOrders =
        merged.codeEdges().stream()
            .filter(e -> e.heldAt().equals(ORDER_HOLDS_INVENTORY))
            .findFirst()
            .orElseThrow();
    assertThat(inventoryToOrders.count()).isEqualTo(3);
    assertThat(inventoryToOrders.threads())
        .containsExactly(
            "lockwatch-1.json:order-worker-1",
            "lockwatch-1.json:order-worker-2",
            "lockwatch-2.json:order-worker-1");
    assertThat(merged.codeEdges()).hasSize(SampleReports.shopEdges().size());
  }

  @Test
  void run_describes_the_merge() {
    Report merged = merge(SampleReports.orderHalf(), SampleReports.reportHalf());
    assertThat(merged.run().reason()).isEqualTo("merge");
    assertThat(merged.run().pid()).isZero();
    assertThat(merged.run().command()).isEqualTo("merge of 2 reports");
    assertThat(merged.run().options())
        .containsEntry("merge.inputs", "lockwatch-1.json,lockwatch-2.json")
        .containsEntry("merge.pids", "5001,5002")
        .containsEntry("races", "observe");
    assertThat(merged.run().startedAt()).isEqualTo("2025-11-25T18:00:00Z");
  }

  @Test
  void one_report_keeps_its_thread_names() {
    Report merged = merge(SampleReports.shop());
    assertThat(merged.codeEdges().get(0).threads())
        .containsExactly("order-worker-1", "order-worker-2");
  }

  @Test
  void merged_reports_are_valid_against_the_schema() {
    Report merged =
        merger.merge(
            List.of(
                new MergeInput("a.json", SampleReports.orderHalf()),
                new MergeInput("b.json", SampleReports.reportHalf()),
                new MergeInput("c.json", SampleReports.shop())));
    assertThat(merged.lockOrderCycles()).isNotEmpty();
    assertThat(ReportSchema.problems(ReportJson.toJson(merged))).isEmpty();
  }
}
