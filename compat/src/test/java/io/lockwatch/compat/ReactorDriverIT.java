package io.lockwatch.compat;

import org.junit.jupiter.api.Test;

/**
 * Reactor pipelines across its schedulers, and a sink emitted to from 4 threads, plainly and under
 * the agent in every races mode.
 */
class ReactorDriverIT {
  static final DriverProgram DRIVER =
      DriverProgram.framework("reactor", "io.lockwatch.compat.reactor.ReactorDriver");

  @Test
  void reactor_pipelines_run_the_same_under_the_agent_in_every_races_mode() {
    CompatCheck check = CompatCheck.run(DRIVER);
    check.assertAcquisitions();
    check.assertFieldAccesses();
    // Reactor takes no lock of its own (its operators are lock-free), so no site of the report
    // is in reactor.core: what must hold is that its fields were watched, checked above.
  }
}
