package io.lockwatch.compat;

import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.compat.drivers.OldBytecodeDriver;
import io.lockwatch.report.model.AgentError;
import java.util.List;
import org.junit.jupiter.api.Test;

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
}
