package io.lockwatch.report.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.report.Fixtures;
import io.lockwatch.report.SampleReports;
import io.lockwatch.report.json.ReportJson;
import io.lockwatch.report.render.PredictedRaceReports;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CheckCommandTest {
  @TempDir Path dir;

  private final Path shop = Fixtures.path("shop.json");
  private final Path clean = Fixtures.path("clean.json");

  @Test
  void clean_report_exits_0() {
    CliRun run = CliRun.of("check", clean);
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).endsWith("Lockwatch check passed: no findings: " + clean + "\n");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void findings_exit_1_with_each_finding_and_its_sites() {
    CliRun run = CliRun.of("check", shop);
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains("[fail] lock-order cycle [high, deadlock]: Inventory.lock@OrderService.java:31")
        .contains(
            "thread report-thread holds ReportService.java:22 and takes ReportService.java:25")
        .contains(
            "[fail] unguarded field [high, observed race]: com.example.shop.Stats.ordersPlaced")
        .contains("[fail] wait hazard [medium]: Object.wait at Inventory.java:61")
        .endsWith(
            "Lockwatch check FAILED: 1 lock-order cycle found, 0 allowed; 1 unguarded field found,"
                + " 0 allowed; 1 wait hazard found, 0 allowed: see "
                + shop
                + "\n");
  }

  @Test
  void a_predicted_race_is_listed_as_predicted_with_the_lock_that_ordered_it() throws Exception {
    Path report = dir.resolve("predicted-race.json");
    ReportJson.writeAtomically(PredictedRaceReports.observedAndPredicted(), report);

    CliRun run = CliRun.of("check", report, "--fail-on", "races");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains(
            "[fail] unguarded field [high, observed race]: com.example.shop.Stats.ordersPlaced")
        .contains("[fail] unguarded field [medium, predicted race]: " + PredictedRaceReports.FIELD)
        .contains("predicted (WCP): ordered in this run only by " + PredictedRaceReports.AUDIT);
  }

  @ParameterizedTest
  @CsvSource({
    "cycles, 1",
    "races, 1",
    "hazards, 1",
    "deadlocks, 0",
    "'deadlocks,hazards', 1",
    "'DEADLOCKS', 0"
  })
  void fail_on_chooses_the_categories(String failOn, int exitCode) {
    CliRun run = CliRun.of("check", shop, "--fail-on", failOn);
    assertThat(run.exitCode()).isEqualTo(exitCode);
    if (exitCode == 0) {
      assertThat(run.out()).contains("[not checked] lock-order cycle");
    }
  }

  @Test
  void hung_run_fails_on_its_observed_deadlock() {
    CliRun run = CliRun.of("check", Fixtures.path("hung.json"), "--fail-on", "deadlocks");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("1 observed deadlock found, 0 allowed");
  }

  @Test
  void fail_on_confirmed_fails_a_confirm_run_that_deadlocked_and_passes_one_that_did_not()
      throws Exception {
    Path confirmed = dir.resolve("confirmed.json");
    ReportJson.writeAtomically(SampleReports.confirmed(), confirmed);
    Path predicted = dir.resolve("predicted.json");
    ReportJson.writeAtomically(SampleReports.notReproduced(), predicted);

    CliRun steered = CliRun.of("check", confirmed, "--fail-on", "confirmed");
    assertThat(steered.exitCode()).isEqualTo(1);
    assertThat(steered.out())
        .contains("[fail] lock-order cycle [high, deadlock, confirmed]")
        .contains("confirms " + SampleReports.shopCycle().fingerprint());

    CliRun quiet = CliRun.of("check", predicted, "--fail-on", "confirmed");
    assertThat(quiet.exitCode()).isZero();
    assertThat(quiet.out())
        .contains("[not checked] lock-order cycle [high, deadlock, not-reproduced]");
    assertThat(CliRun.of("check", shop, "--fail-on", "confirmed").exitCode()).isZero();
  }

  @Test
  void baseline_round_trip_passes_and_a_new_finding_fails() throws Exception {
    Path baseline = dir.resolve("lockwatch-baseline.json");
    CliRun made = CliRun.of("baseline", shop, "-o", baseline);
    assertThat(made.exitCode()).isZero();
    assertThat(made.out()).contains("Wrote 3 fingerprints");

    CliRun accepted = CliRun.of("check", shop, "--baseline", baseline);
    assertThat(accepted.exitCode()).isZero();
    assertThat(accepted.out())
        .contains("[baseline] lock-order cycle")
        .endsWith("Lockwatch check passed: no new findings (3 in the baseline): " + shop + "\n");

    CliRun newDeadlock = CliRun.of("check", Fixtures.path("hung.json"), "--baseline", baseline);
    assertThat(newDeadlock.exitCode()).isEqualTo(1);
    assertThat(newDeadlock.out())
        .contains("[new] observed deadlock")
        .contains("[baseline] lock-order cycle")
        .contains("1 new observed deadlock found (0 in the baseline), 0 allowed")
        .contains("2 baseline entries match no finding any more");
  }

  @Test
  void a_strict_baseline_fails_when_an_expected_finding_disappears() throws Exception {
    Path baseline = dir.resolve("lockwatch-baseline.json");
    assertThat(CliRun.of("baseline", shop, "-o", baseline).exitCode()).isZero();

    CliRun lenient = CliRun.of("check", clean, "--baseline", baseline);
    assertThat(lenient.exitCode()).isZero();
    CliRun strict = CliRun.of("check", clean, "--baseline", baseline, "--strict-baseline");
    assertThat(strict.exitCode()).isEqualTo(1);
    assertThat(strict.out())
        .contains("  [gone] lock-order cycle [high, deadlock]: Inventory.lock@OrderService.java:31")
        .endsWith(
            "Lockwatch check FAILED: 3 baseline entries found no more, 0 allowed: see "
                + clean
                + "\n");
    CliRun same = CliRun.of("check", shop, "--baseline", baseline, "--strict-baseline");
    assertThat(same.exitCode()).isZero();
  }

  @Test
  void several_reports_are_checked_as_one_and_halves_from_two_jvms_make_a_cycle() {
    CliRun eachAlone = CliRun.of("check", Fixtures.path("jvm-order.json"));
    assertThat(eachAlone.exitCode()).isZero();
    CliRun together =
        CliRun.of("check", Fixtures.path("jvm-order.json"), Fixtures.path("jvm-report.json"));
    assertThat(together.exitCode()).isEqualTo(1);
    assertThat(together.out())
        .contains("thread jvm-order.json:main holds OrderService.java:31")
        .contains("1 lock-order cycle found, 0 allowed");
  }

  @Test
  void a_directory_or_a_glob_pattern_checks_every_report_in_it_as_one() throws Exception {
    Path reports = Files.createDirectories(dir.resolve("target/lockwatch"));
    Files.copy(Fixtures.path("jvm-order.json"), reports.resolve("lockwatch-1.json"));
    Files.copy(Fixtures.path("jvm-report.json"), reports.resolve("lockwatch-2.json"));
    Files.writeString(reports.resolve("notes.txt"), "not a report");

    for (String argument : List.of(reports.toString(), reports + "/lockwatch-*.json")) {
      CliRun run = CliRun.of("check", argument);
      assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
      assertThat(run.out())
          .contains("thread lockwatch-1.json:main holds OrderService.java:31")
          .contains(
              "1 lock-order cycle found, 0 allowed: see " + reports.resolve("lockwatch-1.json"));
    }
    CliRun oneMatch = CliRun.of("summary", reports + "/*-1.json");
    assertThat(oneMatch.exitCode()).isZero();
    assertThat(oneMatch.out())
        .startsWith("Lockwatch report " + reports.resolve("lockwatch-1.json"));
  }

  @Test
  void unusable_inputs_exit_2_with_one_line_and_no_stack_trace() throws Exception {
    Path empty = Files.writeString(dir.resolve("empty.json"), "");
    String full = ReportJson.toJson(SampleReports.shop());
    Path truncated = Files.writeString(dir.resolve("truncated.json"), full.substring(0, 500));
    Path wrongVersion =
        Files.writeString(
            dir.resolve("v5.json"), full.replace("\"schemaVersion\": 4", "\"schemaVersion\": 5"));
    Path notJson = Files.writeString(dir.resolve("log.txt"), "[INFO] BUILD SUCCESS\n");
    Path missingSection =
        Files.writeString(
            dir.resolve("no-summary.json"), full.replaceFirst("\"summary\"", "\"summry\""));
    Path directory = Files.createDirectory(dir.resolve("reports"));
    Path missing = dir.resolve("lockwatch-999.json");

    assertUnusable(CliRun.of("check", empty), empty + ": empty file, not a Lockwatch report");
    assertUnusable(
        CliRun.of("check", truncated), truncated + ": not valid JSON: the file ends too early");
    assertUnusable(
        CliRun.of("check", wrongVersion),
        wrongVersion + ": unsupported schemaVersion 5 (this tool reads versions 2, 3 and 4)");
    assertUnusable(CliRun.of("check", notJson), notJson + ": not valid JSON at line 1");
    assertUnusable(
        CliRun.of("check", missingSection), missingSection + ": missing \"summary\" at $");
    assertUnusable(
        CliRun.of("check", directory), directory + ": a directory without any report (*.json)");
    assertUnusable(
        CliRun.of("check", directory + "/*.json"),
        directory + "/*.json: no file matches this pattern");
    assertUnusable(CliRun.of("check", missing), missing + ": no such file");
    assertUnusable(CliRun.of("check", clean, empty), empty + ": empty file");
    assertUnusable(CliRun.of("check", clean, "--baseline", notJson), notJson + ": not valid JSON");
    assertUnusable(CliRun.of("summary", truncated), truncated + ": not valid JSON");
    assertUnusable(CliRun.of("render", empty, "--format", "html"), empty + ": empty file");
    assertUnusable(
        CliRun.of("merge", clean, directory, "-o", dir.resolve("m.json")),
        directory + ": a directory without any report");
  }

  private static void assertUnusable(CliRun run, String messageStart) {
    assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("lockwatch-reports: " + messageStart);
    assertThat(run.err().lines()).hasSize(1);
    assertThat(run.err()).doesNotContain("Exception", "\tat ");
  }

  @Test
  void bad_arguments_exit_2() {
    CliRun badCategory = CliRun.of("check", clean, "--fail-on", "cycles,bugs");
    assertThat(badCategory.exitCode()).isEqualTo(2);
    assertThat(badCategory.err()).contains("unknown category 'bugs'");
    assertThat(CliRun.of("check").exitCode()).isEqualTo(2);
    assertThat(CliRun.of("check", clean, "--frobnicate").exitCode()).isEqualTo(2);
    assertThat(CliRun.of("lint", clean).exitCode()).isEqualTo(2);
    assertThat(CliRun.of().exitCode()).isEqualTo(2);
  }
}
