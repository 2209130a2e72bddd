package io.lockwatch.compat;

import io.lockwatch.compat.drivers.JacksonDriver;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Jackson databind with one ObjectMapper shared by several threads. */
class JacksonDriverIT {
  @Test
  void jackson_runs_the_same_under_the_agent() {
    CompatCheck check = CompatCheck.run(JacksonDriver.class);
    check.assertAcquisitions();
    check.assertFieldAccesses();
  }

  /** Races TRIAGE.md shows false: the library orders these accesses (see each row). */
  @Tag(CompatCheck.KNOWN_FALSE_POSITIVE)
  @ParameterizedTest(name = "TRIAGE.md {0}: no race on {1}")
  @CsvSource({
    "JK-1, com.fasterxml.jackson.databind.ser.BeanPropertyWriter._accessorMethod",
    "JK-3, com.fasterxml.jackson.databind.ser.BeanPropertyWriter._serializer",
    "JK-4, com.fasterxml.jackson.databind.ser.BeanPropertyWriter._typeSerializer",
    "JK-5, com.fasterxml.jackson.databind.ser.std.MapSerializer._keySerializer",
    "JK-6, com.fasterxml.jackson.databind.ser.std.MapSerializer._valueSerializer"
  })
  void no_race_is_reported_on_a_field_the_library_orders(String row, String field) {
    AbsentFindings.of(DriverProgram.of(JacksonDriver.class), row).noRaceOn(field);
  }
}
