package io.lockwatch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a child's outcome becomes a run: timeout, rejection, failure, success. */
class WorkloadRunnerTest {

  private static final List<String> PRINTED =
      List.of(
          "warming up",
          "RESULT workload=sync-nested threads=2 ops=5000 seconds=5.0 opsPerSec=1000.0",
          "HEAP usedAfterGcBytes=2097152",
          "HEAP usedAfterNextLockBytes=1048576",
          "RSS vmHwmKb=90000");

  @TempDir Path dir;
  private Path err;
  private WorkloadRunner runner;

  @BeforeEach
  void setUp() throws Exception {
    err = Files.writeString(dir.resolve("x.err"), "");
    runner =
        new WorkloadRunner(
            new ChildJvms("java", dir.resolve("b.jar"), dir.resolve("a.jar"), List.of(), dir),
            true,
            120);
  }

  private static ChildRun.Outcome outcome(boolean timedOut, int exit, List<String> stdout) {
    return new ChildRun.Outcome(timedOut, exit, stdout, 12.0, 4.5, 80_000, 7.0);
  }

  private Run interpret(Config c, ChildRun.Outcome o) throws Exception {
    return runner.interpret("sync-nested-2t", c, 2, o, err, dir.resolve("x.json"));
  }

  @Test
  void a_clean_exit_with_a_result_line_is_ok_with_the_printed_figures() throws Exception {
    Run run = interpret(Config.PLAIN, outcome(false, 0, PRINTED));

    assertThat(run.status()).isEqualTo(Run.Status.OK);
    assertThat(run.variant()).isEqualTo("sync-nested-2t");
    assertThat(run.config()).isEqualTo("plain");
    assertThat(run.rep()).isEqualTo(2);
    assertThat(run.opsPerSec()).isEqualTo(1000.0);
    assertThat(run.heapAfterGcBytes()).isEqualTo(2_097_152);
    assertThat(run.heapAfterNextLockBytes()).isEqualTo(1_048_576);
    assertThat(run.peakRssKb()).isEqualTo(90_000);
    assertThat(run.exitMs()).isEqualTo(12.0);
    assertThat(run.wallSeconds()).isEqualTo(4.5);
    assertThat(run.otherCpuPercent()).isEqualTo(7.0);
    assertThat(run.note()).isEmpty();
  }

  @Test
  void the_peak_rss_is_the_polled_one_when_higher_and_missing_lines_read_as_minus_one()
      throws Exception {
    Run run = interpret(Config.PLAIN, outcome(false, 0, PRINTED.subList(0, 2)));

    assertThat(run.peakRssKb()).isEqualTo(80_000);
    assertThat(run.heapAfterGcBytes()).isEqualTo(-1);
    assertThat(run.heapAfterNextLockBytes()).isEqualTo(-1);
  }

  @Test
  void under_the_agent_the_note_is_about_the_report() throws Exception {
    Run run = interpret(Config.RACES_OFF, outcome(false, 0, PRINTED));

    assertThat(run.status()).isEqualTo(Run.Status.OK);
    assertThat(run.note()).isEqualTo("no report written");
  }

  @Test
  void a_killed_child_timed_out() throws Exception {
    Run run = interpret(Config.PLAIN, outcome(true, 137, PRINTED));

    assertThat(run.status()).isEqualTo(Run.Status.TIMEOUT);
    assertThat(run.note()).isEqualTo("after 120 s");
    assertThat(run.result()).isNull();
    assertThat(run.peakRssKb()).isEqualTo(80_000);
    assertThat(run.failed()).isTrue();
  }

  @Test
  void exit_2_with_the_agent_unknown_option_error_is_a_rejection() throws Exception {
    Files.writeString(err, "[lockwatch] ERROR unknown option 'races'\n");

    Run run = interpret(Config.RACES_ON, outcome(false, 2, List.of()));

    assertThat(run.status()).isEqualTo(Run.Status.REJECTED);
    assertThat(run.note()).isEqualTo("agent rejected its options");
    assertThat(run.failed()).isFalse();
  }

  @Test
  void another_exit_code_or_no_result_line_is_a_failure_that_points_at_stderr() throws Exception {
    Run crashed = interpret(Config.PLAIN, outcome(false, 1, PRINTED));
    Run silent = interpret(Config.PLAIN, outcome(false, 0, List.of("hello")));

    assertThat(crashed.status()).isEqualTo(Run.Status.FAILED);
    assertThat(crashed.note()).isEqualTo("exit 1; see " + err);
    assertThat(crashed.opsPerSec()).isEqualTo(1000.0);
    assertThat(silent.status()).isEqualTo(Run.Status.FAILED);
    assertThat(silent.note()).isEqualTo("exit 0, no RESULT line; see " + err);
    assertThat(silent.opsPerSec()).isNaN();
  }
}
