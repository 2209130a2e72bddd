package io.lockwatch.compat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * HikariCP over in-memory H2, 8 threads on 3 connections, plainly and under the agent in every
 * races mode.
 */
class HikariDriverIT {
  static final DriverProgram DRIVER =
      DriverProgram.framework("hikaricp", "io.lockwatch.compat.hikaricp.HikariDriver");

  @Test
  void hikari_pools_the_same_under_the_agent_in_every_races_mode() {
    CompatCheck.runAndSee(DRIVER, "com.zaxxer.hikari.");
  }

  /** Races TRIAGE.md shows false: the library orders these accesses (see each row). */
  @Tag(CompatCheck.KNOWN_FALSE_POSITIVE)
  @ParameterizedTest(name = "TRIAGE.md {0}: no race on {1}")
  @CsvSource({
    "HK-2, com.zaxxer.hikari.pool.ProxyLeakTaskFactory.leakDetectionThreshold",
    "HK-4, com.zaxxer.hikari.pool.PoolEntry.connection"
  })
  void no_race_is_reported_on_a_field_the_library_orders(String row, String field) {
    AbsentFindings.of(DRIVER, row).noRaceOn(field);
  }
}
