package io.lockwatch.compat;

import io.lockwatch.compat.drivers.JacksonDriver;
import org.junit.jupiter.api.Test;

/** Jackson databind with one ObjectMapper shared by several threads. */
class JacksonDriverIT {
  @Test
  void jackson_runs_the_same_under_the_agent() {
    CompatCheck check = CompatCheck.run(JacksonDriver.class);
    check.assertAcquisitions();
    check.assertFieldAccesses();
  }
}
