package io.lockwatch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.testkit.TestPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real child JVMs, plain ({@link ChildProgram}): output, exit, exit time, timeout, directory. */
class ChildRunTest {

  @TempDir Path dir;

  private ChildJvms children() {
    return new ChildJvms(
        TestPaths.javaBinary().toString(),
        TestPaths.classPathEntryOf(ChildProgram.class),
        dir.resolve("no-agent.jar"),
        List.of("-Dchild={run}"),
        dir);
  }

  private ChildRun.Outcome run(String id, Duration timeout, String... args) throws Exception {
    return ChildRun.run(
        children().workload(id, ChildProgram.class.getName(), List.of(args), null), timeout);
  }

  @Test
  void keeps_and_copies_stdout_writes_stderr_to_its_file_and_reports_the_exit_code()
      throws Exception {
    ChildRun.Outcome o =
        run("a", Duration.ofSeconds(60), "say=one", "say=two", "err=oops", "exit=3");

    assertThat(o.timedOut()).isFalse();
    assertThat(o.exitCode()).isEqualTo(3);
    assertThat(o.stdout()).containsExactly("one", "two");
    assertThat(Files.readAllLines(dir.resolve("a.out"))).containsExactly("one", "two");
    assertThat(Files.readString(dir.resolve("a.err"))).isEqualTo("oops\n");
    assertThat(o.wallSeconds()).isPositive().isLessThan(60);
    assertThat(o.exitMs()).isGreaterThanOrEqualTo(0);
    assertThat(o.peakHwmKb()).isNotNegative();
  }

  @Test
  void exit_time_counts_from_the_last_line() throws Exception {
    ChildRun.Outcome o = run("b", Duration.ofSeconds(60), "say=done", "sleep=500");

    assertThat(o.exitMs()).isGreaterThanOrEqualTo(400);
    assertThat(o.exitMs() / 1000).isLessThanOrEqualTo(o.wallSeconds());
  }

  @Test
  void a_child_past_its_timeout_is_killed_and_reported_as_timed_out() throws Exception {
    ChildRun.Outcome o = run("c", Duration.ofSeconds(5), "say=started", "sleep=60000");

    assertThat(o.timedOut()).isTrue();
    assertThat(o.exitCode()).isEqualTo(137);
    assertThat(o.wallSeconds()).isGreaterThanOrEqualTo(4.9).isLessThan(30);
    assertThat(o.stdout()).containsExactly("started");
  }

  @Test
  void a_child_runs_in_the_harness_working_directory() throws Exception {
    ChildRun.Outcome o = run("d", Duration.ofSeconds(60), "dir");

    assertThat(o.stdout()).containsExactly("dir " + Path.of("").toAbsolutePath().toRealPath());
  }
}
