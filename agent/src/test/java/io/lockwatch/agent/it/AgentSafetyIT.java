package io.lockwatch.agent.it;

import static io.lockwatch.testkit.assertions.LockwatchAssertions.assertThat;
import static io.lockwatch.testkit.assertions.LockwatchAssertions.assertThatReportOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.it.programs.AttachTarget;
import io.lockwatch.it.programs.IsolatedLoader;
import io.lockwatch.it.programs.MonitorsEverywhere;
import io.lockwatch.it.programs.Quiet;
import io.lockwatch.it.programs.RandomOrderStress;
import io.lockwatch.report.model.Report;
import io.lockwatch.testkit.AgentJvm;
import io.lockwatch.testkit.AgentJvmResult;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The agent never breaks, hangs or misleads the program it watches, and attaches late. */
class AgentSafetyIT {
  private static final Duration SECONDS_30 = Duration.ofSeconds(30);

  @TempDir Path dir;

  @Test
  void sixty_four_threads_in_random_lock_orders_finish() {
    AgentJvmResult run =
        AgentJvm.of(RandomOrderStress.class).in(dir).timeout(Duration.ofSeconds(120)).run();
    assertThat(run.exitCode()).isZero();
    assertThat(run.stdout()).contains("stress done true");
    assertThatReportOf(run)
        .hasCounterAtLeast("acquisitions", 500_001)
        .hasNoAgentErrorOfKind("hook");
  }

  @Test
  void attaching_to_a_running_jvm_retransforms_loaded_classes() throws Exception {
    Report report = LateAttach.run(AttachTarget.class, dir, SECONDS_30);
    assertThat(report).hasCycles(1);
    assertThat(report.lockOrderCycles().get(0).edges())
        .allSatisfy(e -> assertThat(e.acquiredAt().className()).endsWith("AttachTarget$Worker"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"races=off", "races=on"})
  void instrumented_synchronized_blocks_stay_balanced_so_the_jit_compiles_them(String races) {
    AgentJvmResult run =
        AgentJvm.of(MonitorsEverywhere.class)
            .jvmOptions("-Xlog:monitormismatch=info")
            .agentOptions(races)
            .in(dir)
            .timeout(Duration.ofSeconds(60))
            .run();
    assertThat(run.exitCode()).isZero();
    assertThat(run.stdout()).contains("counted true").doesNotContainIgnoringCase("mismatch");
    assertThat(run.stderr()).doesNotContainIgnoringCase("mismatch");
  }

  @Test
  void classes_of_a_loader_that_cannot_see_the_application_class_path_are_watched() {
    AgentJvmResult run = AgentJvm.of(IsolatedLoader.class).in(dir).timeout(SECONDS_30).run();
    assertThat(run.exitCode()).isZero();
    assertThat(run.stdout()).contains("isolated done");
    assertThatReportOf(run).hasCycles(1).hasNoAgentErrors();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "bogus=1",
        "report=",
        "stackDepth=many",
        "stackDepth=0",
        "quiet=maybe",
        "races=sometimes",
        "onDeadlock=panic",
        "include=com.example,exclude=com.example",
        "include=com..example;;",
        "report",
        "report=a,report=b"
      })
  void bad_options_stop_the_jvm_at_start_with_one_line(String options) {
    AgentJvmResult run =
        AgentJvm.of(Quiet.class).exactAgentOptions(options).in(dir).timeout(SECONDS_30).run();
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.stdout()).isEmpty();
    String key = options.split("[=,]")[0];
    assertThat(run.stderr().lines().filter(l -> !l.contains("Sharing is only supported")))
        .singleElement()
        .satisfies(
            line -> assertThat(line).startsWith("[lockwatch] ERROR").contains("'" + key + "'"));
  }
}
