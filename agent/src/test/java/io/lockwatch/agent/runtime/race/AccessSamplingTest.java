package io.lockwatch.agent.runtime.race;

import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.agent.runtime.lockorder.HeldLocks;
import org.junit.jupiter.api.Test;

/** Which executions of a site races=sample checks. */
class AccessSamplingTest {
  private final ThreadAccesses thread = new ThreadAccesses(null, new HeldLocks());

  private int checked(int site, int executions) {
    int checked = 0;
    for (int i = 0; i < executions; i++) {
      if (AccessSampling.checks(thread, site)) {
        checked++;
      }
    }
    return checked;
  }

  @Test
  void a_cold_site_is_checked_every_time() {
    assertThat(checked(7, AccessSampling.COLD)).isEqualTo(AccessSampling.COLD);
    assertThat(thread.accessesSkipped()).isZero();
  }

  @Test
  void a_hot_site_is_checked_in_bursts_and_the_rest_is_counted_as_skipped() {
    int hot = AccessSampling.PERIOD * 100;
    int checked = checked(7, AccessSampling.COLD + hot);

    assertThat(checked).isEqualTo(AccessSampling.COLD + 100 * AccessSampling.BURST);
    assertThat(thread.accessesSkipped()).isEqualTo(hot - 100L * AccessSampling.BURST);
  }

  @Test
  void a_burst_is_consecutive_executions() {
    checked(7, AccessSampling.COLD + AccessSampling.PERIOD); // one whole period after the cold ones
    for (int i = 0; i < AccessSampling.BURST; i++) {
      assertThat(AccessSampling.checks(thread, 7)).as("execution %d of the burst", i).isTrue();
    }
    assertThat(AccessSampling.checks(thread, 7)).isFalse();
  }

  @Test
  void another_site_in_the_same_slot_starts_cold_and_checks_more_never_less() {
    checked(7, AccessSampling.COLD + AccessSampling.PERIOD);
    assertThat(AccessSampling.checks(thread, 7 + 512)).as("a new site: cold").isTrue();
    assertThat(checked(7, AccessSampling.COLD))
        .as("7 again: cold again")
        .isEqualTo(AccessSampling.COLD);
  }
}
