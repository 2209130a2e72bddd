package io.lockwatch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The markdown report and the raw runs file, from made-up runs. */
class ResultTableTest {

  private static final Variant SYNC = RunFixtures.variant("sync-nested-2t");
  private static final ResultTable.Heading HEADING =
      new ResultTable.Heading(
          Instant.parse("2026-01-02T03:04:05.678Z"),
          true,
          1,
          1,
          2,
          "OpenJDK Runtime Environment (build 17)",
          List.of("-XX:+UseSerialGC"),
          "agent.jar of 2026-01-01T00:00:00Z",
          1.5);

  private final RunLog runs = new RunLog();
  private final Map<String, ResolvedConfig> resolved = new LinkedHashMap<>();

  ResultTableTest() {
    resolved.put("plain", ResolvedConfig.asAsked(Config.PLAIN, null));
    resolved.put(
        "off", new ResolvedConfig(Config.RACES_OFF, "", true, "this agent rejects `races=off`"));
    resolved.put("on", ResolvedConfig.unavailable(Config.RACES_ON, "unknown option 'races'"));
    runs.add(RunFixtures.ok(SYNC, Config.PLAIN, 1, 1000, 2, -1, 100, 15, 3, ""));
    runs.add(RunFixtures.ok(SYNC, Config.RACES_OFF, 1, 400, 3, -1, 120, 200, 4, "report 2 KB"));
    runs.add(RunFixtures.failed(SYNC, Config.RACES_OFF, 2, "exit 1; see x|y.err"));
    runs.add(Run.rejected(SYNC.name(), "on", 1, 0, Double.NaN, "unknown option 'races'"));
  }

  private String markdown() {
    return new ResultTable(List.of(SYNC), Config.DEFAULTS, resolved, runs).markdown(HEADING);
  }

  @Test
  void the_heading_says_when_how_and_with_what_the_benchmark_ran() {
    assertThat(markdown())
        .startsWith(
            "# Lockwatch overhead benchmark\n\n"
                + "2026-01-02T03:04:05Z; **quick** (short phases); 1 rep(s) per cell (lock churn:"
                + " 1); 2 cores; child JVM `OpenJDK Runtime Environment (build 17) -Xmx2g"
                + " -XX:+UseSerialGC`; agent `agent.jar of 2026-01-01T00:00:00Z`; 1.5 min.\n\n"
                + "Median ops/s over the repetitions;");
  }

  @Test
  void each_cell_is_a_row_with_its_slowdown_target_fallback_mark_and_n_a() {
    assertThat(markdown())
        .contains(
            "| 1 | sync-nested-2t | plain | 1/1 | 1,000 | 1.00x | 100 | 2.0 | 15 |\n"
                + "| 1 | sync-nested-2t | races=off † | 1/2 | 400 | 2.50x [≤1.3x MISS] | 120 | 3.0"
                + " | 200 |\n"
                + "| 1 | sync-nested-2t | races=on | n/a | n/a | n/a | n/a | n/a | n/a |\n"
                + "\n"
                + "† this agent rejects `races=off`.\n"
                + "\n"
                + "Failed runs:\n"
                + "- sync-nested-2t races=off: FAILED (rep 2: exit 1; see x|y.err)\n");
  }

  @Test
  void every_run_is_listed_with_a_dash_for_what_it_lacks_and_no_pipe_in_its_note() {
    assertThat(markdown())
        .contains(
            "| sync-nested-2t | plain | 1 | OK | 1,000 | 2.0 | – | 100 | 15 | 5.0 | 3 |  |\n"
                + "| sync-nested-2t | off | 1 | OK | 400 | 3.0 | – | 120 | 200 | 5.0 | 4 | report 2"
                + " KB |\n"
                + "| sync-nested-2t | off | 2 | FAILED | – | – | – | – | – | 1.0 | 2 | exit 1; see"
                + " x/y.err |\n"
                + "| sync-nested-2t | on | 1 | REJECTED | – | – | – | – | – | 0.0 | – | unknown"
                + " option 'races' |\n");
  }

  @Test
  void the_sections_come_in_order_and_no_noise_warning_below_ten_percent() {
    String md = markdown();

    assertThat(md.indexOf("| # | workload |"))
        .isPositive()
        .isLessThan(md.indexOf("## Memory and report checks"));
    assertThat(md.indexOf("## Memory and report checks")).isLessThan(md.indexOf("## Runs"));
    assertThat(md).contains("(no workload 6/7/8 runs under the agent)").doesNotContain("Warning");
  }

  @Test
  void other_cpu_above_ten_percent_gives_a_warning_with_median_and_worst() {
    runs.add(RunFixtures.ok(SYNC, Config.PLAIN, 2, 1000, 2, -1, 100, 15, 40, ""));

    assertThat(markdown())
        .contains(
            "**Warning:** other processes used CPU during the runs (median 4%, worst 40% of all"
                + " cores;");
  }

  @Test
  void a_slowdown_within_its_target_is_ok_and_a_missing_one_is_unknown() {
    Variant fields = RunFixtures.variant("field-heavy-4t");
    Cell within = cell(fields, Config.RACES_ON, 1, 2.0);
    Cell unknown = cell(fields, Config.RACES_ON, 0, Double.NaN);

    assertThat(ResultTable.slowdown(within)).isEqualTo("2.00x [≤4.0x ok]");
    assertThat(ResultTable.slowdown(unknown)).isEqualTo("– [≤4.0x ?]");
    assertThat(ResultTable.slowdown(cell(fields, Config.RACES_OFF, 1, 2.0))).isEqualTo("2.00x");
    assertThat(ResultTable.slowdown(cell(fields, Config.PLAIN, 0, Double.NaN))).isEqualTo("–");
  }

  @Test
  void the_raw_runs_file_has_its_header_and_one_line_per_run() {
    List<String> tsv = new ResultTable(List.of(SYNC), Config.DEFAULTS, resolved, runs).tsv();

    assertThat(tsv).hasSize(5);
    assertThat(tsv.get(0))
        .isEqualTo(
            "variant\tconfig\trep\tstatus\topsPerSec\theapAfterGcBytes\tpeakRssKb\texitMs"
                + "\twallSeconds\totherCpuPercent\theapAfterNextLockBytes\tnote");
    assertThat(tsv.get(1))
        .isEqualTo("sync-nested-2t\tplain\t1\tOK\t1000.0\t2097152\t102400\t15.0\t5.00\t3.0\t-1\t");
    assertThat(tsv.get(3))
        .isEqualTo(
            "sync-nested-2t\toff\t2\tFAILED\t–\t-1\t0\t–\t1.00\t2.0\t-1\texit 1; see x|y.err");
  }

  private static Cell cell(Variant v, Config c, int ok, double slowdown) {
    return new Cell(v, c, ok, 1, 1, slowdown, 1, 1, 1, 1, false, null);
  }
}
