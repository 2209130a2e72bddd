package io.lockwatch.compat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Groovy classes and scripts compiled at run time, invokedynamic call sites, from several threads,
 * plainly and under the agent in every races mode.
 */
class GroovyDriverIT {
  static final DriverProgram DRIVER =
      DriverProgram.framework("groovy", "io.lockwatch.compat.groovy.GroovyDriver");

  @Test
  void groovy_compiles_and_runs_the_same_under_the_agent_in_every_races_mode() {
    CompatCheck.runAndSee(DRIVER, "org.codehaus.groovy.");
  }

  /** Races TRIAGE.md shows false: the library orders these accesses (see each row). */
  @Tag(CompatCheck.KNOWN_FALSE_POSITIVE)
  @ParameterizedTest(name = "TRIAGE.md {0}: no race on {1}")
  @CsvSource({
    "GR-1, groovyjarjarantlr4.v4.runtime.atn.ATNConfigSet.conflictInfo",
    "GR-2, groovyjarjarantlr4.v4.runtime.atn.ATNConfigSet.outermostConfigSet",
    "GR-15, groovyjarjarantlr4.v4.runtime.atn.ATNConfig.altAndOuterContextDepth",
    "GR-16, groovyjarjarantlr4.v4.runtime.atn.ATNConfig.context"
  })
  void no_race_is_reported_on_a_field_the_library_orders(String row, String field) {
    AbsentFindings.of(DRIVER, row).noRaceOn(field);
  }
}
