package io.lockwatch.agent.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.report.model.Report;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A complete report on every way a JVM ends, and a watched program that behaves as without us. */
class JvmEndingsIT {
  @TempDir Path dir;

  @Test
  void system_exit_from_another_thread_keeps_its_code_and_writes_the_report() throws Exception {
    ChildJvm jvm = ChildJvm.start(dir, "report=r.json", "lockwatch.it.programs.ExitFromThread");
    assertThat(jvm.waitFor(30)).isEqualTo(3);
    assertThat(ChildJvm.report(dir.resolve("r.json")).lockOrderCycles()).hasSize(1);
  }

  @Test
  void an_exception_out_of_main_still_gives_a_report() throws Exception {
    ChildJvm jvm = ChildJvm.start(dir, "report=r.json", "lockwatch.it.programs.UncaughtInMain");
    assertThat(jvm.waitFor(30)).isEqualTo(1);
    assertThat(jvm.stderr()).contains("IllegalStateException: main gives up");
    assertThat(ChildJvm.report(dir.resolve("r.json")).lockOrderCycles()).hasSize(1);
  }

  @Test
  void sigterm_writes_the_report() throws Exception {
    ChildJvm jvm = ChildJvm.start(dir, "report=r.json", "lockwatch.it.programs.WaitsForSignal");
    jvm.awaitOutput("ready", 30);
    jvm.process.destroy(); // SIGTERM
    assertThat(jvm.waitFor(30)).isEqualTo(143);
    Report report = ChildJvm.report(dir.resolve("r.json"));
    assertThat(report.lockOrderCycles()).hasSize(1);
    assertThat(report.run().reason()).isEqualTo("exit");
  }

  @Test
  void a_missing_report_directory_is_created() throws Exception {
    ChildJvm jvm = ChildJvm.start(dir, "report=deep/er/r-%p.json", "lockwatch.it.programs.Quiet");
    assertThat(jvm.waitFor(30)).isZero();
    try (var files = Files.list(dir.resolve("deep/er"))) {
      Path written = files.filter(p -> p.getFileName().toString().matches("r-\\d+\\.json")).findFirst().orElseThrow();
      assertThat(ChildJvm.report(written).lockOrderCycles()).hasSize(1);
    }
  }

  @Test
  void an_unwritable_report_directory_is_said_clearly_and_the_program_is_unaffected() throws Exception {
    Path readOnly = Files.createDirectory(dir.resolve("locked"));
    Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
    boolean root = Files.isWritable(readOnly); // root ignores permissions
    Path target = root ? Files.createFile(dir.resolve("a-file")).resolve("r.json") : readOnly.resolve("r.json");

    ChildJvm plain = ChildJvm.start(dir.resolve("plain"), null, "lockwatch.it.programs.Quiet");
    ChildJvm watched = ChildJvm.start(dir.resolve("watched"), "report=" + target, "lockwatch.it.programs.Quiet");

    assertThat(watched.waitFor(30)).isEqualTo(plain.waitFor(30)).isZero();
    assertThat(watched.stdout()).isEqualTo(plain.stdout());
    assertThat(watched.stderr()).contains("[lockwatch] ERROR could not write the report to " + target);
    assertThat(watched.stderr().lines().filter(l -> l.contains("[lockwatch] ERROR")).count()).isEqualTo(1);
    assertThat(watched.stderr()).doesNotContain("\tat ");
  }

  @Test
  void quiet_leaves_stdout_and_stderr_as_without_the_agent() throws Exception {
    ChildJvm plain = ChildJvm.start(dir.resolve("plain"), null, "lockwatch.it.programs.Quiet");
    ChildJvm watched = ChildJvm.start(dir.resolve("watched"), "report=r.json,quiet=true", "lockwatch.it.programs.Quiet");
    assertThat(watched.waitFor(30)).isEqualTo(plain.waitFor(30));
    assertThat(watched.stdout()).isEqualTo(plain.stdout());
    assertThat(watched.stderr().lines().filter(l -> !l.contains("Sharing is only supported"))).isEmpty();
    assertThat(ChildJvm.report(dir.resolve("watched/r.json")).lockOrderCycles()).hasSize(1);
  }
}
