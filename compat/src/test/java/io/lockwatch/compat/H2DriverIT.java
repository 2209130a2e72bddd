package io.lockwatch.compat;

import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.compat.drivers.H2Driver;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** H2 in memory, several JDBC clients in transactions, plainly and under the agent. */
class H2DriverIT {
  @Test
  void h2_runs_the_same_under_the_agent() {
    CompatCheck check = CompatCheck.run(H2Driver.class);
    check.assertAcquisitions();
    check.assertFieldAccesses();
    assertThat(check.reportMentions("org.h2."))
        .as("the report has sites in H2 (its locks were seen)")
        .isTrue();
  }

  /** Races TRIAGE.md shows false: the library orders these accesses (see each row). */
  @Tag(CompatCheck.KNOWN_FALSE_POSITIVE)
  @ParameterizedTest(name = "TRIAGE.md {0}: no race on {1}")
  @CsvSource({"H2-5, org.h2.schema.Sequence.baseValue", "H2-6, org.h2.schema.Sequence.margin"})
  void no_race_is_reported_on_a_field_the_library_orders(String row, String field) {
    AbsentFindings.of(DriverProgram.of(H2Driver.class), row).noRaceOn(field);
  }
}
