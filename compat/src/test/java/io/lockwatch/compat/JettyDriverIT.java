package io.lockwatch.compat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Jetty 12 core handlers serving HTTP on loopback to 4 client threads, plainly and under the agent
 * in every races mode.
 */
@Tag(CompatCheck.FULL_SUITE)
class JettyDriverIT {
  static final DriverProgram DRIVER =
      DriverProgram.framework("jetty", "io.lockwatch.compat.jetty.JettyDriver");

  @Test
  void jetty_serves_the_same_under_the_agent_in_every_races_mode() {
    CompatCheck.runAndSee(DRIVER, "org.eclipse.jetty.");
  }

  /** Races TRIAGE.md shows false: the library orders these accesses (see each row). */
  @Tag(CompatCheck.KNOWN_FALSE_POSITIVE)
  @ParameterizedTest(name = "TRIAGE.md {0}: no race on {1}")
  @CsvSource({
    "JT-2, org.eclipse.jetty.server.internal.HttpConnection$HttpStreamOverHTTP1._chunk",
    "JT-3, org.eclipse.jetty.io.ManagedSelector._selector",
    "JT-4, org.eclipse.jetty.server.internal.HttpChannelState._stream"
  })
  void no_race_is_reported_on_a_field_the_library_orders(String row, String field) {
    AbsentFindings.of(DRIVER, row).noRaceOn(field);
  }

  /**
   * TRIAGE.md JT-5: the reserved thread's semaphore is a signal another thread releases, not a lock
   * the waiting thread holds (root cause R5).
   */
  @Test
  @Tag(CompatCheck.KNOWN_FALSE_POSITIVE)
  void no_wait_hazard_holds_the_reserved_thread_semaphore() {
    AbsentFindings.of(DRIVER, "JT-5")
        .noWaitHazardHolding("ReservedThreadExecutor$ReservedThread._semaphore");
  }
}
