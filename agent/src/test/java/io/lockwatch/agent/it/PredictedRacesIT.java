package io.lockwatch.agent.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.it.programs.AuditedLimit;
import io.lockwatch.report.model.UnguardedField;
import io.lockwatch.testkit.AgentJvm;
import io.lockwatch.testkit.AgentJvmResult;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code races=predict} (WCP) on a real JVM: what it predicts, why, and what it leaves alone. */
class PredictedRacesIT {
  private static final Duration LIMIT = Duration.ofSeconds(30);
  private static final String FIELD = AuditedLimit.class.getName() + ".limit";

  @TempDir Path dir;

  @Test
  void a_race_behind_an_incidental_lock_order_is_predicted_with_its_reason() {
    AgentJvmResult run =
        AgentJvm.of(AuditedLimit.class).agentOptions("races=predict").in(dir).timeout(LIMIT).run();
    assertThat(run.exitCode()).isZero();
    assertThat(run.report().unguardedFields())
        .singleElement()
        .satisfies(
            race -> {
              assertThat(race.field()).isEqualTo(FIELD);
              assertThat(race.observedRace()).isFalse();
              assertThat(race.severity()).isEqualTo("medium");
              assertThat(race.prediction()).isNotNull();
              assertThat(race.prediction().orderedBy()).contains("AuditedLimit.AUDIT");
              assertThat(race.prediction().reason())
                  .contains("'teller' acquired")
                  .contains("no critical sections");
            });
    assertThat(run.report().summary().incomplete()).isEmpty();
  }

  @Test
  void the_same_run_is_silent_without_prediction() {
    AgentJvmResult run = AgentJvm.of(AuditedLimit.class).in(dir).timeout(LIMIT).run();
    assertThat(run.exitCode()).isZero();
    assertThat(run.report().unguardedFields()).isEmpty();
  }

  @Test
  void sections_that_conflict_keep_the_order_and_nothing_is_predicted() {
    AgentJvmResult run =
        AgentJvm.of(AuditedLimit.class)
            .args("shared")
            .agentOptions("races=predict")
            .in(dir)
            .timeout(LIMIT)
            .run();
    assertThat(run.exitCode()).isZero();
    assertThat(run.report().unguardedFields()).extracting(UnguardedField::field).isEmpty();
  }
}
