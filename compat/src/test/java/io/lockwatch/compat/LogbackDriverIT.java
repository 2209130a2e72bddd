package io.lockwatch.compat;

import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.compat.drivers.LogbackDriver;
import org.junit.jupiter.api.Test;

/** Logback through SLF4J from six threads, to files, through an async appender. */
class LogbackDriverIT {
  @Test
  void logback_runs_the_same_under_the_agent() {
    CompatCheck check = CompatCheck.run(LogbackDriver.class);
    check.assertAcquisitions();
    check.assertFieldAccesses();
    assertThat(check.reportMentions("ch.qos.logback."))
        .as("the report has sites in Logback (its locks were seen)")
        .isTrue();
  }
}
