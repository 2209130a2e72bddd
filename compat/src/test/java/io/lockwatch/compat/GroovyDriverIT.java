package io.lockwatch.compat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Groovy classes and scripts compiled at run time, invokedynamic call sites, from several threads, plainly and under the agent in every races mode. */
class GroovyDriverIT {
  static final DriverProgram DRIVER =
      DriverProgram.framework("groovy", "io.lockwatch.compat.groovy.GroovyDriver");

  @Test
  void groovy_compiles_and_runs_the_same_under_the_agent_in_every_races_mode() {
    CompatCheck check = CompatCheck.run(DRIVER);
    check.assertAcquisitions();
    check.assertFieldAccesses();
    assertThat(check.reportMentions("org.codehaus.groovy."))
        .as("the report has sites in org.codehaus.groovy.* (the library's own locks were seen)")
        .isTrue();
  }
}
