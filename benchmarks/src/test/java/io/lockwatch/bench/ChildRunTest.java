package io.lockwatch.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real child processes (a shell, far quicker to start than a JVM): output, exit, timeout. */
class ChildRunTest {

  @TempDir Path dir;

  @BeforeAll
  static void needsAShell() {
    assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "no /bin/sh");
  }

  @Test
  void keeps_and_copies_stdout_writes_stderr_to_its_file_and_reports_the_exit_code()
      throws Exception {
    Path out = dir.resolve("a.out");
    Path err = dir.resolve("a.err");

    ChildRun.Outcome o =
        ChildRun.run(
            List.of("/bin/sh", "-c", "echo one; echo two; echo oops >&2; exit 3"),
            out,
            err,
            Duration.ofSeconds(30));

    assertThat(o.timedOut()).isFalse();
    assertThat(o.exitCode()).isEqualTo(3);
    assertThat(o.stdout()).containsExactly("one", "two");
    assertThat(Files.readAllLines(out)).containsExactly("one", "two");
    assertThat(Files.readString(err)).isEqualTo("oops\n");
    assertThat(o.wallSeconds()).isPositive().isLessThan(30);
    assertThat(o.exitMs()).isGreaterThanOrEqualTo(0);
  }

  @Test
  void exit_time_counts_from_the_last_line() throws Exception {
    ChildRun.Outcome o =
        ChildRun.run(
            List.of("/bin/sh", "-c", "echo done; sleep 0.5"),
            dir.resolve("b.out"),
            dir.resolve("b.err"),
            Duration.ofSeconds(30));

    assertThat(o.exitMs()).isGreaterThanOrEqualTo(400);
    assertThat(o.exitMs() / 1000).isLessThanOrEqualTo(o.wallSeconds());
  }

  @Test
  void a_child_past_its_timeout_is_killed_and_reported_as_timed_out() throws Exception {
    ChildRun.Outcome o =
        ChildRun.run(
            List.of("/bin/sh", "-c", "echo started; exec sleep 30"),
            dir.resolve("c.out"),
            dir.resolve("c.err"),
            Duration.ofMillis(300));

    assertThat(o.timedOut()).isTrue();
    assertThat(o.wallSeconds()).isLessThan(10);
    assertThat(o.stdout()).containsExactly("started");
  }

  @Test
  void capture_merges_both_streams_and_gives_nothing_after_a_timeout() throws Exception {
    assertThat(
            ChildRun.capture(
                List.of("/bin/sh", "-c", "echo out; echo err >&2"), Duration.ofSeconds(30)))
        .hasValueSatisfying(
            c -> {
              assertThat(c.exitCode()).isZero();
              assertThat(c.output()).contains("out", "err");
            });
    assertThat(
            ChildRun.capture(
                List.of("/bin/sh", "-c", "exec >/dev/null 2>&1; exec sleep 30"),
                Duration.ofMillis(300)))
        .isEmpty();
  }
}
