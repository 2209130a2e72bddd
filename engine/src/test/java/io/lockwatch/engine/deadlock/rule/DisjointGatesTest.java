package io.lockwatch.engine.deadlock.rule;

import static io.lockwatch.engine.deadlock.rule.TestSteps.step;
import static io.lockwatch.engine.deadlock.rule.TestSteps.withGates;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DisjointGatesTest {
  private final DisjointGates rule = new DisjointGates();

  @Test
  void admits_steps_under_different_locks() {
    assertThat(rule.admits(List.of(step(1, 1, 2)), step(2, 2, 1), new TestSteps.Locks())).isTrue();
  }

  @Test
  void rejects_steps_under_a_common_exclusive_lock() {
    TestSteps.TestStep first = withGates(step(1, 1, 2), 1, 9);
    TestSteps.TestStep second = withGates(step(2, 2, 1), 2, 9);

    assertThat(rule.admits(List.of(first), second, new TestSteps.Locks())).isFalse();
    assertThat(rule.name()).isEqualTo("gateLock");
  }

  @Test
  void a_semaphore_gates_only_with_one_permit() {
    TestSteps.TestStep first = withGates(step(1, 1, 2), 1, 9);
    TestSteps.TestStep second = withGates(step(2, 2, 1), 2, 9);

    assertThat(rule.admits(List.of(first), second, new TestSteps.Locks().semaphore(9, 10)))
        .isTrue();
    assertThat(rule.admits(List.of(first), second, new TestSteps.Locks().semaphore(9, 1)))
        .isFalse();
  }

  @Test
  void a_signal_semaphore_is_no_gate_even_with_one_permit() {
    TestSteps.TestStep first = withGates(step(1, 1, 2), 1, 9);
    TestSteps.TestStep second = withGates(step(2, 2, 1), 2, 9);

    assertThat(
            rule.admits(
                List.of(first), second, new TestSteps.Locks().semaphore(9, 1).signalling(9)))
        .isTrue();
  }
}
