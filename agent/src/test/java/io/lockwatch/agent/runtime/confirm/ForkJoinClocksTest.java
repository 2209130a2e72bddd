package io.lockwatch.agent.runtime.confirm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ForkJoinClocksTest {
  private final ForkJoinClocks clocks = new ForkJoinClocks();

  @Test
  void what_a_parent_did_before_starting_a_thread_precedes_everything_that_thread_does() {
    ForkJoinClocks.Stamp before = clocks.stamp(1);
    clocks.started(1, 2);
    ForkJoinClocks.Stamp after = clocks.stamp(1);
    ForkJoinClocks.Stamp child = clocks.stamp(2);

    assertThat(before.before(child)).isTrue();
    assertThat(after.ordered(child)).isFalse();
  }

  @Test
  void what_a_joined_thread_did_precedes_what_the_joiner_does_next_and_only_that() {
    clocks.started(1, 2);
    clocks.started(1, 3);
    ForkJoinClocks.Stamp first = clocks.stamp(2);
    ForkJoinClocks.Stamp beforeJoin = clocks.stamp(1);
    clocks.joined(1, 2);
    ForkJoinClocks.Stamp afterJoin = clocks.stamp(1);
    ForkJoinClocks.Stamp sibling = clocks.stamp(3);

    assertThat(first.ordered(beforeJoin)).isFalse();
    assertThat(first.before(afterJoin)).isTrue();
    assertThat(first.ordered(sibling)).isFalse();
  }

  @Test
  void a_thread_started_after_another_was_joined_comes_after_all_of_it() {
    clocks.started(1, 2);
    ForkJoinClocks.Stamp alpha = clocks.stamp(2);
    clocks.joined(1, 2);
    clocks.started(1, 3);
    ForkJoinClocks.Stamp beta = clocks.stamp(3);

    assertThat(alpha.before(beta)).isTrue();
    assertThat(beta.before(alpha)).isFalse();
  }
}
