package io.lockwatch.samples.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lockwatch.samples.lockorder.UnorderedLocking;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The launcher itself, without the agent: timeouts fail the test, and so does a missing report. */
class AgentRunTest {

  @Test
  void a_run_that_outlives_its_timeout_is_killed_and_fails() {
    assertThatThrownBy(
            () ->
                AgentRun.of(UnorderedLocking.class)
                    .withoutAgent()
                    .timeout(Duration.ofMillis(1))
                    .run())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("did not finish within");
  }

  @Test
  void captures_exit_code_and_output() {
    AgentRun run = AgentRun.of(UnorderedLocking.class).withoutAgent().run();

    assertThat(run.exitCode()).isZero();
    assertThat(run.stdout()).contains("UnorderedLocking: done");
    assertThat(run.hasReport()).isFalse();
    assertThatThrownBy(run::report).isInstanceOf(AssertionError.class);
  }

  @Test
  void a_missing_main_class_is_a_failed_run_not_a_hang() {
    AgentRun run = AgentRun.of("io.lockwatch.samples.NoSuchSample").withoutAgent().run();

    assertThat(run.exitCode()).isNotZero();
    assertThat(run.stderr()).contains("NoSuchSample");
  }
}
