package io.lockwatch.compat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Commons Pool 2 object pools with an evictor, 6 threads on 3 objects, plainly and under the agent
 * in every races mode.
 */
class Pool2DriverIT {
  static final DriverProgram DRIVER =
      DriverProgram.framework("commons-pool2", "io.lockwatch.compat.pool2.Pool2Driver");

  @Test
  void commons_pool_lends_the_same_under_the_agent_in_every_races_mode() {
    CompatCheck.runAndSee(DRIVER, "org.apache.commons.pool2.");
  }

  /** Races TRIAGE.md shows false: the library orders these accesses (see each row). */
  @Tag(CompatCheck.KNOWN_FALSE_POSITIVE)
  @ParameterizedTest(name = "TRIAGE.md {0}: no race on {1}")
  @CsvSource({"P2-1, org.apache.commons.pool2.impl.DefaultPooledObject.state"})
  void no_race_is_reported_on_a_field_the_library_orders(String row, String field) {
    AbsentFindings.of(DRIVER, row).noRaceOn(field);
  }
}
