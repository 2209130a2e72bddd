package io.lockwatch.engine.deadlock.rule;

import static io.lockwatch.engine.deadlock.rule.TestSteps.step;
import static io.lockwatch.engine.deadlock.rule.TestSteps.withThreads;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DistinctThreadsTest {
  private final DistinctThreads rule = new DistinctThreads();
  private final TestSteps.Locks locks = new TestSteps.Locks();

  @Test
  void admits_a_step_of_another_thread() {
    assertThat(rule.admits(List.of(step(1, 1, 2)), step(2, 2, 1), locks)).isTrue();
  }

  @Test
  void rejects_a_step_only_the_chains_thread_took() {
    assertThat(rule.admits(List.of(step(1, 1, 2)), step(1, 2, 1), locks)).isFalse();
    assertThat(rule.name()).isEqualTo("sameThread");
  }

  @Test
  void admits_a_step_two_threads_took_when_one_is_free() {
    assertThat(rule.admits(List.of(step(1, 1, 2)), withThreads(step(1, 2, 1), 1, 2), locks))
        .isTrue();
  }
}
