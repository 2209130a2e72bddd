package io.lockwatch.compat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Kotlin coroutines (Kotlin bytecode: suspend state machines) on Dispatchers.Default and IO,
 * plainly and under the agent in every races mode.
 */
class KotlinCoroutinesDriverIT {
  static final DriverProgram DRIVER =
      DriverProgram.framework(
          "kotlin-coroutines", "io.lockwatch.compat.kotlin.KotlinCoroutinesDriver");

  @Test
  void kotlin_coroutines_run_the_same_under_the_agent_in_every_races_mode() {
    CompatCheck.runAndSee(DRIVER, "kotlinx.coroutines.");
  }

  /** Races TRIAGE.md shows false: the library orders these accesses (see each row). */
  @Tag(CompatCheck.KNOWN_FALSE_POSITIVE)
  @ParameterizedTest(name = "TRIAGE.md {0}: no race on {1}")
  @CsvSource({"KT-2, kotlinx.coroutines.scheduling.Task.taskContext"})
  void no_race_is_reported_on_a_field_the_library_orders(String row, String field) {
    AbsentFindings.of(DRIVER, row).noRaceOn(field);
  }
}
