package io.lockwatch.report.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.report.SampleReports;
import io.lockwatch.report.model.Incomplete;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportCheckTest {
  private final List<Finding> shop = Findings.of(SampleReports.shop());

  @Test
  void findings_are_listed_most_serious_kind_first_with_their_sites() {
    List<Finding> hung = Findings.of(SampleReports.hung());
    assertThat(hung)
        .extracting(Finding::category)
        .containsExactly(FindingCategory.DEADLOCKS, FindingCategory.CYCLES);
    assertThat(shop)
        .extracting(Finding::category)
        .containsExactly(FindingCategory.CYCLES, FindingCategory.RACES, FindingCategory.HAZARDS);
    Finding cycle = shop.get(0);
    assertThat(cycle.headline())
        .isEqualTo(
            "lock-order cycle [high, deadlock]: Inventory.lock@OrderService.java:31 -->"
                + " Orders.lock@OrderService.java:34 --> Inventory.lock@ReportService.java:25");
    assertThat(cycle.detail())
        .isEqualTo(
            "thread order-worker-1 holds OrderService.java:31 and takes OrderService.java:34;"
                + " thread report-thread holds ReportService.java:22 and takes"
                + " ReportService.java:25");
    assertThat(shop.get(1).detail())
        .contains("write by order-worker-1 at Stats.java:17 holding no lock")
        .contains("read by report-thread at ReportService.java:40");
    assertThat(shop.get(2).headline()).contains("Object.wait at Inventory.java:61");
  }

  @Test
  void every_category_fails_by_default() {
    CheckResult result =
        new ReportCheck(EnumSet.allOf(FindingCategory.class), null, false).check(shop);
    assertThat(result.passed()).isFalse();
    assertThat(result.failing()).hasSize(3);
    assertThat(result.verdict("target/lockwatch.json"))
        .isEqualTo(
            "1 lock-order cycle found, 0 allowed; 1 unguarded field found, 0 allowed;"
                + " 1 wait hazard found, 0 allowed: see target/lockwatch.json");
  }

  @Test
  void fail_on_keeps_only_the_named_categories() {
    CheckResult onlyDeadlocks =
        new ReportCheck(EnumSet.of(FindingCategory.DEADLOCKS), null, false).check(shop);
    assertThat(onlyDeadlocks.passed()).isTrue();
    assertThat(onlyDeadlocks.unchecked()).hasSize(3);
    assertThat(onlyDeadlocks.verdict("x.json"))
        .isEqualTo("no findings (3 of categories not checked): x.json");

    CheckResult races = new ReportCheck(EnumSet.of(FindingCategory.RACES), null, false).check(shop);
    assertThat(races.failing())
        .extracting(Finding::category)
        .containsExactly(FindingCategory.RACES);
  }

  @Test
  void baseline_accepts_known_fingerprints_and_counts_the_new_ones() {
    Baseline baseline = Baseline.of(shop.subList(0, 1));
    CheckResult result =
        new ReportCheck(EnumSet.of(FindingCategory.CYCLES, FindingCategory.RACES), baseline, false)
            .check(shop);
    assertThat(result.accepted()).hasSize(1);
    assertThat(result.failing())
        .extracting(Finding::category)
        .containsExactly(FindingCategory.RACES);
    assertThat(result.verdict("r.json"))
        .isEqualTo("1 new unguarded field found (0 in the baseline), 0 allowed: see r.json");

    CheckResult all =
        new ReportCheck(EnumSet.allOf(FindingCategory.class), Baseline.of(shop), false).check(shop);
    assertThat(all.passed()).isTrue();
    assertThat(all.verdict("r.json")).isEqualTo("no new findings (3 in the baseline): r.json");
  }

  @Test
  void baseline_entries_that_match_nothing_are_reported_as_gone() {
    Baseline baseline = Baseline.of(Findings.of(SampleReports.hung()));
    CheckResult result =
        new ReportCheck(EnumSet.allOf(FindingCategory.class), baseline, false)
            .check(Findings.of(SampleReports.clean()));
    assertThat(result.passed()).isTrue();
    assertThat(result.gone()).hasSize(2);
  }

  @Test
  void categories_are_read_by_id_in_any_case() {
    assertThat(FindingCategory.fromId("Cycles")).isEqualTo(FindingCategory.CYCLES);
    assertThat(FindingCategory.ids()).isEqualTo("deadlocks, cycles, races, hazards");
    assertThat(FindingCategory.RACES.count(2)).isEqualTo("2 unguarded fields");
  }

  @Test
  void an_incomplete_analysis_fails_even_without_findings_unless_allowed() {
    List<Incomplete> ranOut =
        List.of(new Incomplete("maxSearchSteps", "the cycle search stopped after 10 steps"));

    CheckResult strict =
        new ReportCheck(EnumSet.allOf(FindingCategory.class), null, false).check(List.of(), ranOut);
    CheckResult lenient =
        new ReportCheck(EnumSet.allOf(FindingCategory.class), null, true).check(List.of(), ranOut);

    assertThat(strict.passed()).isFalse();
    assertThat(strict.verdict("r.json")).contains("the analysis is incomplete");
    assertThat(strict.incompleteLines())
        .singleElement()
        .asString()
        .contains("the cycle search stopped after 10 steps")
        .contains("agent option maxSearchSteps=N")
        .contains("--allow-incomplete");
    assertThat(lenient.passed()).isTrue();
    assertThat(lenient.incompleteLines()).singleElement().asString().contains("allowed");
  }

  @Test
  void a_bound_of_a_races_mode_names_the_mode_that_lifts_it_not_an_option_that_does_not_exist() {
    List<Incomplete> ranOut =
        List.of(
            new Incomplete("predictHistory", "3 times a bound of races=predict added order"),
            new Incomplete("racesSampled", "5 of 9 watched accesses were not checked"),
            new Incomplete("maxEdges", "2 lock-order facts were dropped"));

    List<String> lines =
        new ReportCheck(EnumSet.allOf(FindingCategory.class), null, false)
            .check(List.of(), ranOut)
            .incompleteLines();

    assertThat(lines).hasSize(3);
    assertThat(lines.get(0))
        .contains("a fixed bound of races=predict; races=on reports every observed race")
        .doesNotContain("agent option");
    assertThat(lines.get(1))
        .contains("a bound of races=sample; races=on checks every access")
        .doesNotContain("agent option");
    assertThat(lines.get(2)).contains("raise it with the agent option maxEdges=N");
  }

  @Test
  void fail_on_confirmed_fails_only_on_what_a_run_proved_real() {
    FailOn confirmedOnly = FailOn.parse(List.of("confirmed"));

    CheckResult steered =
        new ReportCheck(confirmedOnly, null, false).check(Findings.of(SampleReports.confirmed()));
    assertThat(steered.passed()).isFalse();
    assertThat(steered.failing())
        .extracting(Finding::category)
        .containsExactly(FindingCategory.DEADLOCKS, FindingCategory.CYCLES);
    assertThat(steered.failing().get(1).headline()).contains("[high, deadlock, confirmed]");

    CheckResult predictedOnly =
        new ReportCheck(confirmedOnly, null, false)
            .check(Findings.of(SampleReports.notReproduced()));
    assertThat(predictedOnly.passed()).isTrue();
    assertThat(predictedOnly.unchecked()).hasSize(1);
    assertThat(new ReportCheck(confirmedOnly, null, false).check(shop).passed()).isTrue();
  }

  @Test
  void fail_on_names_confirmed_among_what_it_accepts() {
    assertThat(FailOn.parse(List.of("Confirmed", "races")))
        .isEqualTo(new FailOn(EnumSet.of(FindingCategory.RACES), true));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> FailOn.parse(List.of("proven")))
        .hasMessage(
            "unknown category 'proven' (expected one of deadlocks, cycles, races, hazards,"
                + " confirmed)");
  }
}
