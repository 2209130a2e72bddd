package io.lockwatch.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lockwatch.testkit.programs.Echo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgentJvmTest {
  @TempDir Path dir;

  @Test
  void captures_exit_code_output_and_arguments() {
    AgentJvmResult run = AgentJvm.of(Echo.class).withoutAgent().in(dir).args("a", "exit=3").run();

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.stdout()).contains("args a exit=3");
    assertThat(run.stderrLines()).containsExactly("to stderr");
    assertThat(run.directory()).isEqualTo(dir);
    assertThat(run.hasReport()).isFalse();
    assertThatThrownBy(run::report).isInstanceOf(AssertionError.class);
  }

  @Test
  void keeps_stdout_and_stderr_in_files_named_after_the_run() {
    AgentJvmResult run = AgentJvm.of(Echo.class).withoutAgent().in(dir).named("echo").run();

    assertThat(dir.resolve("echo.out")).content().isEqualTo(run.stdout());
    assertThat(dir.resolve("echo.err")).content().isEqualTo(run.stderr());
  }

  @Test
  void passes_environment_and_standard_input() {
    AgentJvmResult run =
        AgentJvm.of(Echo.class)
            .withoutAgent()
            .in(dir)
            .env("ECHO", "from the test")
            .stdin("a line\n")
            .args("read")
            .run();

    assertThat(run.stdout()).contains("env from the test").contains("read a line");
  }

  @Test
  void a_started_jvm_reads_what_the_test_sends() {
    try (RunningJvm jvm = AgentJvm.of(Echo.class).withoutAgent().in(dir).args("read").start()) {
      jvm.awaitOutput("env", Duration.ofSeconds(20));
      jvm.send("sent later\n");
      assertThat(jvm.awaitExit(Duration.ofSeconds(20)).stdout()).contains("read sent later");
    }
  }

  @Test
  void watched_stdout_comes_line_by_line_to_the_listener_and_to_its_file() {
    List<String> lines = new CopyOnWriteArrayList<>();
    try (RunningJvm jvm =
        AgentJvm.of(Echo.class)
            .withoutAgent()
            .in(dir)
            .named("watched")
            .args("a", "pause=600")
            .onOutputLine(lines::add)
            .start()) {
      jvm.awaitOutput("env", Duration.ofSeconds(20));
      assertThat(lines).startsWith("args a pause=600", "env null");
      AgentJvmResult run = jvm.awaitExit(Duration.ofSeconds(20));

      assertThat(run.stdout().lines()).containsExactlyElementsOf(lines);
      assertThat(dir.resolve("watched.out")).content().isEqualTo(run.stdout());
      assertThat(run.stderrLines()).containsExactly("to stderr");
      assertThat(jvm.lastOutputAt())
          .isPositive()
          .isLessThanOrEqualTo(run.elapsed().minusMillis(500));
    }
  }

  @Test
  void the_last_output_is_unknown_when_stdout_is_not_watched() {
    try (RunningJvm jvm = AgentJvm.of(Echo.class).withoutAgent().in(dir).start()) {
      jvm.awaitExit(Duration.ofSeconds(20));
      assertThat(jvm.lastOutputAt()).isZero();
    }
  }

  @Test
  void a_listener_that_throws_fails_the_result_but_not_the_copy() {
    try (RunningJvm jvm =
        AgentJvm.of(Echo.class)
            .withoutAgent()
            .in(dir)
            .named("thrown")
            .onOutputLine(
                line -> {
                  throw new IllegalArgumentException("no: " + line);
                })
            .start()) {
      assertThat(jvm.endsWithin(Duration.ofSeconds(20))).isTrue();
      assertThatThrownBy(() -> jvm.awaitExit(Duration.ZERO))
          .isInstanceOf(IllegalStateException.class)
          .hasRootCauseMessage("no: args ");
      assertThat(jvm.stdout()).contains("args", "env null");
    }
  }

  @Test
  void the_working_directory_may_differ_from_the_run_directory() throws IOException {
    Path elsewhere = Files.createDirectory(dir.resolve("elsewhere"));
    AgentJvmResult run =
        AgentJvm.of(Echo.class)
            .withoutAgent()
            .in(dir)
            .named("moved")
            .workingDirectory(elsewhere)
            .run();

    assertThat(run.stdout()).contains("dir " + elsewhere.toRealPath());
    assertThat(dir.resolve("moved.out")).exists();
    assertThat(AgentJvm.of(Echo.class).withoutAgent().in(dir).run().stdout())
        .contains("dir " + dir.toRealPath());
  }

  @Test
  void a_run_that_outlives_its_timeout_is_killed_and_fails() {
    assertThatThrownBy(
            () ->
                AgentJvm.of(Echo.class)
                    .withoutAgent()
                    .in(dir)
                    .args("sleep")
                    .timeout(Duration.ofMillis(500))
                    .run())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("did not finish within");
  }

  @Test
  void a_missing_main_class_is_a_failed_run_not_a_hang() {
    AgentJvmResult run =
        AgentJvm.of("io.lockwatch.testkit.programs.NoSuchProgram")
            .classPath(TestPaths.classPathEntryOf(Echo.class))
            .withoutAgent()
            .in(dir)
            .run();

    assertThat(run.exitCode()).isNotZero();
    assertThat(run.stderr()).contains("NoSuchProgram");
  }

  @Test
  void sigterm_ends_a_running_jvm_with_143() {
    try (RunningJvm jvm = AgentJvm.of(Echo.class).withoutAgent().in(dir).args("sleep").start()) {
      jvm.awaitOutput("env", Duration.ofSeconds(20));
      assertThat(jvm.terminate(Duration.ofSeconds(20)).exitCode()).isEqualTo(143);
    }
  }

  @Test
  void a_missing_agent_jar_fails_before_launching() {
    AgentJvm missing = AgentJvm.of(Echo.class).agentJar(dir.resolve("no-agent.jar")).in(dir);

    assertThatThrownBy(missing::run)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("no-agent.jar")
        .hasMessageContaining("does not exist");
  }

  @Test
  void the_agent_option_names_a_fresh_report_in_the_run_directory() throws IOException {
    AgentJvmResult run =
        AgentJvm.of(Echo.class)
            .agentJar(Files.createFile(dir.resolve("not-an-agent.jar"))) // the JVM refuses it
            .agentOptions("races=off")
            .in(dir)
            .named("options")
            .run();

    assertThat(run.reportFile()).isEqualTo(dir.resolve("options.json"));
    assertThat(String.join(" ", run.command()))
        .contains("=races=off,report=" + dir.resolve("options.json"));
  }

  @Test
  void exact_agent_options_are_passed_as_given() throws IOException {
    AgentJvmResult run =
        AgentJvm.of(Echo.class)
            .agentJar(Files.createFile(dir.resolve("not-an-agent.jar")))
            .exactAgentOptions("report=")
            .in(dir)
            .run();

    assertThat(run.reportFile()).isNull();
    assertThat(run.command())
        .anySatisfy(arg -> assertThat(arg).startsWith("-javaagent:").endsWith("=report="));
  }
}
