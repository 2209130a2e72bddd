package io.lockwatch.compat;

import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.compat.drivers.GuavaDriver;
import org.junit.jupiter.api.Test;

/** Guava caches, striped locks, rate limiter and listenable futures. */
class GuavaDriverIT {
  @Test
  void guava_runs_the_same_under_the_agent() {
    CompatCheck check = CompatCheck.run(GuavaDriver.class);
    check.assertAcquisitions();
    check.assertFieldAccesses();
    assertThat(check.reportMentions("com.google.common."))
        .as("the report has sites in Guava (its locks were seen)")
        .isTrue();
  }
}
