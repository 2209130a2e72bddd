package io.lockwatch.agent.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.it.programs.HotAndColdFields;
import io.lockwatch.report.model.Incomplete;
import io.lockwatch.report.model.UnguardedField;
import io.lockwatch.testkit.AgentJvm;
import io.lockwatch.testkit.AgentJvmResult;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code races=sample} on a real JVM: races in cold and in hot code found, and said to be a sample.
 */
class SampledRacesIT {
  private static final Duration LIMIT = Duration.ofSeconds(120);
  private static final String TYPE = HotAndColdFields.class.getName();

  @TempDir Path dir;

  @Test
  void a_race_in_cold_code_and_one_in_a_hot_loop_are_both_found_and_the_report_says_it_sampled() {
    AgentJvmResult run =
        AgentJvm.of(HotAndColdFields.class)
            .agentOptions("races=sample")
            .in(dir)
            .timeout(LIMIT)
            .run();
    assertThat(run.exitCode()).as(run.stderr()).isZero();
    assertThat(run.report().unguardedFields())
        .extracting(UnguardedField::field)
        .containsExactlyInAnyOrder(TYPE + ".racyCold", TYPE + ".racyHot");
    assertThat(run.report().summary().incomplete())
        .extracting(Incomplete::budget)
        .containsExactly("racesSampled");
  }

  @Test
  void the_correct_twin_is_silent() {
    AgentJvmResult run =
        AgentJvm.of(HotAndColdFields.class)
            .args("correct")
            .agentOptions("races=sample")
            .in(dir)
            .timeout(LIMIT)
            .run();
    assertThat(run.exitCode()).as(run.stderr()).isZero();
    assertThat(run.report().unguardedFields()).isEmpty();
  }
}
