package io.lockwatch.agent.it;

import static io.lockwatch.testkit.assertions.LockwatchAssertions.assertThat;
import static io.lockwatch.testkit.assertions.LockwatchAssertions.assertThatReportOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.it.programs.ExitFromThread;
import io.lockwatch.it.programs.HookAfterWork;
import io.lockwatch.it.programs.Quiet;
import io.lockwatch.it.programs.SlowShutdownHook;
import io.lockwatch.it.programs.UncaughtInMain;
import io.lockwatch.it.programs.WaitsForSignal;
import io.lockwatch.report.json.ReportJson;
import io.lockwatch.report.model.Incomplete;
import io.lockwatch.testkit.AgentJvm;
import io.lockwatch.testkit.AgentJvmResult;
import io.lockwatch.testkit.RunningJvm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A complete report on every way a JVM ends, and a watched program that behaves as without us. */
class JvmEndingsIT {
  private static final Duration LIMIT = Duration.ofSeconds(30);

  @TempDir Path dir;

  @Test
  void system_exit_from_another_thread_keeps_its_code_and_writes_the_report() {
    AgentJvmResult run = AgentJvm.of(ExitFromThread.class).in(dir).timeout(LIMIT).run();
    assertThat(run.exitCode()).isEqualTo(3);
    assertThatReportOf(run).hasCycles(1);
  }

  @Test
  void an_exception_out_of_main_still_gives_a_report() {
    AgentJvmResult run = AgentJvm.of(UncaughtInMain.class).in(dir).timeout(LIMIT).run();
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.stderr()).contains("IllegalStateException: main gives up");
    assertThatReportOf(run).hasCycles(1);
  }

  @Test
  void sigterm_writes_the_report() {
    try (RunningJvm jvm = AgentJvm.of(WaitsForSignal.class).in(dir).start()) {
      jvm.awaitOutput("ready", LIMIT);
      AgentJvmResult run = jvm.terminate(LIMIT);
      assertThat(run.exitCode()).isEqualTo(143);
      assertThatReportOf(run).hasCycles(1).endedBecause("exit");
    }
  }

  @Test
  void the_report_waits_for_a_slow_shutdown_hook_and_has_its_race() {
    AgentJvmResult run =
        AgentJvm.of(SlowShutdownHook.class)
            .agentOptions("races=on")
            .args("300")
            .in(dir)
            .timeout(LIMIT)
            .run();
    assertThat(run.exitCode()).as(run.stderr()).isZero();
    assertThat(run.stdout()).contains("flushing");
    assertThatReportOf(run).hasRaceOn(SlowShutdownHook.class.getName() + ".pending").isObserved();
    assertThat(run.report().summary().incomplete()).isEmpty();
  }

  @Test
  void a_hook_still_running_after_hookWaitMs_makes_the_report_incomplete() {
    AgentJvmResult run =
        AgentJvm.of(SlowShutdownHook.class)
            .agentOptions("races=on,hookWaitMs=100")
            .args("2000")
            .in(dir)
            .timeout(LIMIT)
            .run();
    assertThat(run.exitCode()).as(run.stderr()).isZero();
    assertThat(run.report().summary().incomplete())
        .extracting(Incomplete::budget)
        .containsExactly("hookWaitMs");
  }

  @Test
  void hooks_begin_after_the_threads_the_jvm_waited_for_and_after_the_exiting_thread() {
    for (String ending : new String[] {"last-thread", "exit"}) {
      AgentJvmResult run =
          AgentJvm.of(HookAfterWork.class)
              .agentOptions("races=on")
              .args(ending)
              .in(dir)
              .named(ending)
              .timeout(LIMIT)
              .run();
      assertThat(run.exitCode()).as(run.stderr()).isZero();
      assertThat(run.stdout()).as(ending).contains("total");
      assertThatReportOf(run).as(ending).hasNoRace();
      assertThat(run.report().summary().fieldAccesses()).as(ending).isGreaterThan(4_000);
      assertThat(run.report().summary().incomplete()).as(ending + ": the removed hook").isEmpty();
    }
  }

  @Test
  void a_missing_report_directory_is_created() throws Exception {
    AgentJvmResult run =
        AgentJvm.of(Quiet.class)
            .exactAgentOptions("report=deep/er/r-%p.json")
            .in(dir)
            .timeout(LIMIT)
            .run();
    assertThat(run.exitCode()).isZero();
    try (var files = Files.list(dir.resolve("deep/er"))) {
      Path written =
          files
              .filter(p -> p.getFileName().toString().matches("r-\\d+\\.json"))
              .findFirst()
              .orElseThrow();
      assertThat(ReportJson.read(written)).hasCycles(1);
    }
  }

  @Test
  void an_unwritable_report_directory_is_said_clearly_and_the_program_is_unaffected()
      throws Exception {
    Path readOnly = Files.createDirectory(dir.resolve("locked"));
    Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
    boolean root = Files.isWritable(readOnly); // root ignores permissions
    Path parent = root ? Files.createFile(dir.resolve("a-file")) : readOnly;
    Path target = parent.resolve("r.json");

    AgentJvmResult plain =
        AgentJvm.of(Quiet.class).withoutAgent().in(dir.resolve("plain")).timeout(LIMIT).run();
    AgentJvmResult watched =
        AgentJvm.of(Quiet.class)
            .exactAgentOptions("report=" + target)
            .in(dir.resolve("watched"))
            .timeout(LIMIT)
            .run();

    assertThat(watched.exitCode()).isEqualTo(plain.exitCode()).isZero();
    assertThat(watched.stdout()).isEqualTo(plain.stdout());
    assertThat(watched.stderr())
        .contains("[lockwatch] ERROR could not write the report to " + target);
    assertThat(watched.stderr().lines().filter(l -> l.contains("[lockwatch] ERROR")).count())
        .isEqualTo(1);
    assertThat(watched.stderr()).doesNotContain("\tat ");
  }

  @Test
  void quiet_leaves_stdout_and_stderr_as_without_the_agent() {
    AgentJvmResult plain =
        AgentJvm.of(Quiet.class).withoutAgent().in(dir.resolve("plain")).timeout(LIMIT).run();
    AgentJvmResult watched =
        AgentJvm.of(Quiet.class)
            .agentOptions("quiet=true")
            .in(dir.resolve("watched"))
            .timeout(LIMIT)
            .run();
    assertThat(watched.exitCode()).isEqualTo(plain.exitCode());
    assertThat(watched.stdout()).isEqualTo(plain.stdout());
    assertThat(watched.stderr().lines().filter(l -> !l.contains("Sharing is only supported")))
        .isEmpty();
    assertThatReportOf(watched).hasCycles(1);
  }
}
