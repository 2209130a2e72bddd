package io.lockwatch.compat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Caffeine caches under load from 6 threads, plainly and under the agent in every races mode. */
@Tag(CompatCheck.FULL_SUITE)
class CaffeineDriverIT {
  static final DriverProgram DRIVER =
      DriverProgram.framework("caffeine", "io.lockwatch.compat.caffeine.CaffeineDriver");

  @Test
  void caffeine_caches_the_same_under_the_agent_in_every_races_mode() {
    CompatCheck.runAndSee(DRIVER, "com.github.benmanes.caffeine.");
  }
}
