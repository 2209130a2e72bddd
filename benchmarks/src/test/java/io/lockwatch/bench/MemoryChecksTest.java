package io.lockwatch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The verdicts on lock-churn heap and report time, from made-up runs. */
class MemoryChecksTest {

  private static final Variant SMALL = RunFixtures.quickVariant("churn-alone-50k");
  private static final Variant LARGE = RunFixtures.quickVariant("churn-alone-200k");
  private static final Variant REPORT = RunFixtures.quickVariant("report-100k-edges");

  private final RunLog runs = new RunLog();

  /** The checks over the variants that ran, as the harness makes them. */
  private List<String> lines(List<Config> configs) {
    List<Variant> ran =
        Stream.of(SMALL, LARGE, REPORT)
            .filter(v -> runs.all().stream().anyMatch(r -> r.variant().equals(v.name())))
            .collect(Collectors.toList());
    return MemoryChecks.lines(ran, configs, Cell.summarise(ran, configs, runs), runs);
  }

  @Test
  void heap_above_plain_is_checked_at_both_counts_and_for_growth() {
    runs.add(RunFixtures.ok(SMALL, Config.PLAIN, 1000, 2, 2));
    runs.add(RunFixtures.ok(SMALL, Config.RACES_OFF, 100, 10, 4));
    runs.add(RunFixtures.ok(LARGE, Config.PLAIN, 1000, 2, 2));
    runs.add(RunFixtures.ok(LARGE, Config.RACES_OFF, 100, 30, 5));

    assertThat(lines(List.of(Config.PLAIN, Config.RACES_OFF)))
        .containsExactly(
            "- churn alone, races=off: heap above plain after GC 8.0 MB at 50k locks, 28.0 MB at"
                + " 200k [< 64 MB: ok]; growth +20.0 MB [≤ 8 MB: MISS]. After one more lock and GC:"
                + " 2.0 / 3.0 MB, growth +1.0 MB");
  }

  @Test
  void more_than_64_mb_above_plain_misses_and_flat_growth_passes() {
    runs.add(RunFixtures.ok(SMALL, Config.PLAIN, 1000, 2, 2));
    runs.add(RunFixtures.ok(SMALL, Config.RACES_ON, 100, 70, 4));
    runs.add(RunFixtures.ok(LARGE, Config.PLAIN, 1000, 2, 2));
    runs.add(RunFixtures.ok(LARGE, Config.RACES_ON, 100, 72, 4));

    assertThat(lines(List.of(Config.PLAIN, Config.RACES_ON)))
        .singleElement()
        .asString()
        .contains("[< 64 MB: MISS]; growth +2.0 MB [≤ 8 MB: ok]");
  }

  @Test
  void without_plain_runs_the_verdicts_are_unknown() {
    runs.add(RunFixtures.ok(SMALL, Config.RACES_OFF, 100, 10, 4));
    runs.add(RunFixtures.ok(LARGE, Config.RACES_OFF, 100, 30, 5));

    assertThat(lines(List.of(Config.RACES_OFF)))
        .containsExactly(
            "- churn alone, races=off: heap above plain after GC – MB at 50k locks, – MB at 200k"
                + " [< 64 MB: ?]; growth – MB [≤ 8 MB: ?]. After one more lock and GC: – / – MB,"
                + " growth – MB");
  }

  @Test
  void the_report_must_be_written_within_two_seconds_and_its_note_is_quoted() {
    runs.add(
        RunFixtures.ok(REPORT, Config.RACES_OFF, 1, 100, 150, -1, 500, 1500, 1, "report 2 KB"));
    runs.add(RunFixtures.ok(REPORT, Config.RACES_ON, 1, 100, 150, -1, 500, 4000, 1, ""));

    assertThat(lines(List.of(Config.RACES_OFF, Config.RACES_ON)))
        .containsExactly(
            "- report of 10^5 edges, races=off: exit 1500 ms after the program's last line"
                + " [< 2000 ms: ok] (report 2 KB)",
            "- report of 10^5 edges, races=on: exit 4000 ms after the program's last line"
                + " [< 2000 ms: MISS]");
  }

  @Test
  void rejected_agent_runs_and_plain_only_runs_leave_nothing_to_check() {
    runs.add(RunFixtures.ok(SMALL, Config.PLAIN, 1000, 2, 2));
    runs.add(Run.rejected(SMALL.name(), "off", 1, 0, Double.NaN, "unknown option"));
    runs.add(Run.rejected(REPORT.name(), "off", 1, 0, Double.NaN, "unknown option"));

    assertThat(lines(List.of(Config.PLAIN, Config.RACES_OFF)))
        .containsExactly("(no workload 6/7/8 runs under the agent)");
    assertThat(lines(List.of(Config.PLAIN)))
        .containsExactly("(no workload 6/7/8 runs under the agent)");
  }
}
