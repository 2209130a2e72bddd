package io.lockwatch.agent.it;

import static io.lockwatch.testkit.assertions.LockwatchAssertions.assertThatReportOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.it.programs.PublishedSafely;
import io.lockwatch.report.model.UnguardedField;
import io.lockwatch.testkit.AgentJvm;
import io.lockwatch.testkit.AgentJvmResult;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hand-offs through the JDK's lock-free and synchronized structures are not races. */
class HappensBeforeIT {
  private static final Duration LIMIT = Duration.ofSeconds(30);

  @TempDir Path dir;

  @Test
  void varhandle_updater_synchronized_wrapper_and_drain_to_publish_safely() {
    AgentJvmResult run = AgentJvm.of(PublishedSafely.class).in(dir).timeout(LIMIT).run();
    assertThat(run.exitCode()).isZero();
    assertThat(run.stdout()).contains("sum 10").contains("pool 12 12");
    assertThat(run.report().unguardedFields()).extracting(UnguardedField::field).isEmpty();
    assertThatReportOf(run).hasCounterAtLeast("fieldAccesses", 1);
  }

  @Test
  void the_plain_publication_twin_is_a_race() {
    AgentJvmResult run =
        AgentJvm.of(PublishedSafely.class).args("racy").in(dir).timeout(LIMIT).run();
    assertThat(run.exitCode()).isZero();
    assertThat(run.report().unguardedFields())
        .extracting(UnguardedField::field)
        // the node published without ordering: its reference and its non-final field both race
        .containsExactlyInAnyOrder(
            PublishedSafely.class.getName() + ".unsafely",
            PublishedSafely.class.getName() + "$Node.value");
  }
}
