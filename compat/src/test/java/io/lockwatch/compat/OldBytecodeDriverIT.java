package io.lockwatch.compat;

import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.compat.drivers.OldBytecodeDriver;
import io.lockwatch.report.model.AgentError;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * log4j 1.2.12 and commons-collections 3.1: class file version 45 (Java 1.1), with {@code jsr} and
 * {@code ret} in synchronized code. Each such class is either instrumented (its lock sites show up
 * in the report) or skipped and listed in {@code agentErrors}, never broken.
 */
class OldBytecodeDriverIT {
  /** Classes of log4j 1.2.12 with jsr/ret whose locks nest, so they appear in lock-order edges. */
  private static final List<String> JSR_CLASSES_WITH_NESTED_LOCKS =
      List.of("org.apache.log4j.Category", "org.apache.log4j.Dispatcher");

  @Test
  void java_1_1_bytecode_with_jsr_runs_the_same_under_the_agent() {
    CompatCheck check = CompatCheck.run(OldBytecodeDriver.class);
    check.assertAcquisitions();
    check.assertFieldAccesses();
    for (String className : JSR_CLASSES_WITH_NESTED_LOCKS) {
      AgentError error = check.instrumentationError(className);
      boolean instrumented = check.reportMentions(className);
      System.out.printf(
          "OldBytecodeDriver: %s %s%n",
          className,
          instrumented
              ? "was instrumented (its lock sites are in the report)"
              : error != null
                  ? "was skipped: " + error.message()
                  : "neither instrumented nor listed");
      assertThat(instrumented || error != null)
          .as("%s is instrumented (sites in the report) or listed in agentErrors", className)
          .isTrue();
    }
  }

  /** Races TRIAGE.md shows false: the library orders these accesses (see each row). */
  @Tag(CompatCheck.KNOWN_FALSE_POSITIVE)
  @ParameterizedTest(name = "TRIAGE.md {0}: no race on {1}")
  @CsvSource({
    "OB-2, org.apache.commons.collections.map.AbstractHashedMap$HashEntry.hashCode",
    "OB-3, org.apache.commons.collections.map.AbstractHashedMap$HashEntry.key",
    "OB-4, org.apache.commons.collections.map.AbstractHashedMap$HashEntry.next",
    "OB-5, org.apache.commons.collections.map.AbstractHashedMap$HashEntry.value",
    "OB-6, org.apache.commons.collections.map.AbstractHashedMap.data",
    "OB-7, org.apache.commons.collections.map.AbstractHashedMap.modCount",
    "OB-8, org.apache.commons.collections.map.AbstractHashedMap.size",
    "OB-9, org.apache.commons.collections.map.AbstractLinkedMap$LinkEntry.after",
    "OB-10, org.apache.commons.collections.map.AbstractLinkedMap$LinkEntry.before",
    "OB-14, org.apache.commons.collections.map.AbstractHashedMap.data",
    "OB-15, org.apache.commons.collections.map.AbstractHashedMap.threshold"
  })
  void no_race_is_reported_on_a_field_the_library_orders(String row, String field) {
    AbsentFindings.of(DriverProgram.of(OldBytecodeDriver.class), row).noRaceOn(field);
  }
}
