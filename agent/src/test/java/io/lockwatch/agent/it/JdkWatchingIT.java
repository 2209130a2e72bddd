package io.lockwatch.agent.it;

import static io.lockwatch.testkit.assertions.LockwatchAssertions.assertThat;
import static io.lockwatch.testkit.assertions.LockwatchAssertions.assertThatReportOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.it.programs.ClassLoadingUnderLocks;
import io.lockwatch.it.programs.JdkAtScale;
import io.lockwatch.it.programs.JdkAttachTarget;
import io.lockwatch.it.programs.JdkHazards;
import io.lockwatch.it.programs.JdkTour;
import io.lockwatch.report.model.Report;
import io.lockwatch.testkit.AgentJvm;
import io.lockwatch.testkit.AgentJvmResult;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Watching the JDK's own classes on the real jar, on whichever Java the tests run their programs
 * with: the rewritten JDK classes pass the JVM's verifier, change nothing a program prints, keep
 * correct programs (of real size too) silent, class loading under locks safe, and {@code jdk=off}
 * leaves the JDK alone.
 */
class JdkWatchingIT {
  private static final Duration LIMIT = Duration.ofSeconds(120);

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"races=on", "races=off"})
  void every_watched_jdk_class_verifies_and_a_correct_program_prints_the_same_and_is_silent(
      String races) {
    AgentJvmResult plain = AgentJvm.of(JdkTour.class).withoutAgent().in(dir).timeout(LIMIT).run();
    AgentJvmResult watched =
        AgentJvm.of(JdkTour.class)
            // boot classes, the JDK's own included, are verified when loaded and retransformed
            .jvmOptions("-XX:+UnlockDiagnosticVMOptions", "-XX:+BytecodeVerificationLocal")
            .agentOptions(races)
            .in(dir)
            .timeout(LIMIT)
            .run();
    assertThat(plain.exitCode()).isZero();
    assertThat(watched.exitCode()).isZero();
    assertThat(watched.stdout()).isEqualTo(plain.stdout()).contains("terminated true");
    assertThat(watched.stderr()).doesNotContain("VerifyError").doesNotContain("Exception");
    assertThatReportOf(watched)
        .hasNoAgentErrors()
        .hasNoFindings()
        .hasOption("jdk", "on")
        .hasCounterAtLeast("classesInstrumented", 30);
  }

  @Test
  void jdk_locks_and_jdk_state_are_found_and_jdk_off_leaves_the_jdk_alone() {
    AgentJvmResult on = AgentJvm.of(JdkHazards.class).in(dir).timeout(LIMIT).run();
    assertThat(on.exitCode()).isZero();
    assertThatReportOf(on).hasCycles(1).hasRaces(1).hasNoAgentErrors();
    assertThat(on.report().unguardedFields().get(0).field())
        .isEqualTo(JdkHazards.class.getName() + ".COUNTS (java.util.HashMap)");
    assertThat(on.report().lockOrderCycles().get(0).edges())
        .as("the wrapper's mutex, taken inside the JDK, is placed at the application's call")
        .anySatisfy(
            edge -> {
              assertThat(edge.acquiredAt().className()).isEqualTo(JdkHazards.class.getName());
              assertThat(edge.acquiredStack())
                  .as("and its stack names the JDK frame that took it")
                  .first()
                  .satisfies(
                      frame ->
                          assertThat(frame.className())
                              .startsWith("java.util.Collections$Synchronized"));
            });

    AgentJvmResult off =
        AgentJvm.of(JdkHazards.class).agentOptions("jdk=off").in(dir).timeout(LIMIT).run();
    assertThat(off.exitCode()).isZero();
    assertThatReportOf(off).hasNoFindings().hasOption("jdk", "off");
    assertThat(off.report().summary().classesInstrumented())
        .as("only the program's own classes")
        .isLessThan(on.report().summary().classesInstrumented());
  }

  @Test
  void a_correct_program_of_real_size_finishes_in_a_small_heap_with_nothing_found() {
    AgentJvmResult run =
        AgentJvm.of(JdkAtScale.class).jvmOptions("-Xmx256m").in(dir).timeout(LIMIT).run();
    assertThat(run.exitCode()).isZero();
    assertThat(run.stdout()).contains("scale true 1000 1 3200 499500 333334");
    assertThat(run.stderr()).doesNotContain("OutOfMemoryError");
    assertThatReportOf(run)
        .hasNoAgentErrors()
        .hasNoFindings()
        .hasCounterAtLeast("fieldAccesses", 1_000_000);
  }

  @Test
  void classes_made_at_once_by_many_threads_under_locks_neither_deadlock_nor_show() {
    AgentJvmResult run = AgentJvm.of(ClassLoadingUnderLocks.class).in(dir).timeout(LIMIT).run();
    assertThat(run.exitCode()).isZero();
    assertThat(run.stdout()).contains("made 1600");
    assertThatReportOf(run).hasNoAgentErrors().hasNoFindings();
  }

  @Test
  void attaching_retransforms_the_jdk_classes_already_in_use() throws Exception {
    Report report = LateAttach.run(JdkAttachTarget.class, dir, LIMIT);
    assertThat(report).hasCycles(1).hasNoAgentErrors();
    assertThat(report.lockOrderCycles().get(0).locks())
        .anySatisfy(lock -> assertThat(lock.type()).contains("Collections$Synchronized"));
  }
}
