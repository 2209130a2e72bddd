package io.lockwatch.engine.deadlock.rule;

import static io.lockwatch.engine.deadlock.rule.TestSteps.step;
import static io.lockwatch.engine.deadlock.rule.TestSteps.withThreads;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ThreadAssignmentTest {
  @Test
  void gives_each_step_its_own_thread_when_that_is_possible() {
    List<Step> steps =
        List.of(
            withThreads(step(1, 1, 2), 1, 2),
            withThreads(step(1, 2, 3), 1),
            withThreads(step(1, 3, 1), 1, 3));

    assertThat(ThreadAssignment.of(steps)).containsExactly(2, 1, 3);
  }

  @Test
  void finds_none_when_two_steps_have_only_the_same_thread() {
    assertThat(ThreadAssignment.of(List.of(step(4, 1, 2), step(4, 2, 1)))).isNull();
    assertThat(ThreadAssignment.exists(List.of(step(4, 1, 2)), step(4, 2, 1))).isFalse();
    assertThat(ThreadAssignment.exists(List.of(step(4, 1, 2)), step(5, 2, 1))).isTrue();
  }
}
