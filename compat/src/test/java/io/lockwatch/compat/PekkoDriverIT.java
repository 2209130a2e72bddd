package io.lockwatch.compat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Pekko typed actors: Scala 2.13 bytecode, its dispatchers and the Scala collections, plainly and
 * under the agent in every races mode.
 */
class PekkoDriverIT {
  static final DriverProgram DRIVER =
      DriverProgram.framework("pekko", "io.lockwatch.compat.pekko.PekkoDriver");

  @Test
  void pekko_actors_run_the_same_under_the_agent_in_every_races_mode() {
    CompatCheck.runAndSee(DRIVER, "org.apache.pekko.");
  }

  /** Races TRIAGE.md shows false: the library orders these accesses (see each row). */
  @Tag(CompatCheck.KNOWN_FALSE_POSITIVE)
  @ParameterizedTest(name = "TRIAGE.md {0}: no race on {1}")
  @CsvSource({
    "PK-1, scala.collection.immutable.BitmapIndexedMapNode.content",
    "PK-2, scala.collection.immutable.BitmapIndexedMapNode.dataMap",
    "PK-3, scala.concurrent.impl.CompletionLatch._result",
    "PK-4, scala.concurrent.impl.Promise$Transformation._arg",
    "PK-5, scala.concurrent.impl.Promise$Transformation._ec"
  })
  void no_race_is_reported_on_a_field_the_library_orders(String row, String field) {
    AbsentFindings.of(DRIVER, row).noRaceOn(field);
  }
}
