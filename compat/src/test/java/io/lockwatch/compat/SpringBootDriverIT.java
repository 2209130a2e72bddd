package io.lockwatch.compat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Spring Boot 4 with embedded Tomcat serving HTTP on loopback to 4 client threads, plainly and under the agent in every races mode. */
class SpringBootDriverIT {
  static final DriverProgram DRIVER =
      DriverProgram.framework("spring-boot", "io.lockwatch.compat.spring.SpringBootDriver");

  @Test
  void spring_boot_serves_the_same_under_the_agent_in_every_races_mode() {
    CompatCheck check = CompatCheck.run(DRIVER);
    check.assertAcquisitions();
    check.assertFieldAccesses();
    assertThat(check.reportMentions("org.apache.tomcat."))
        .as("the report has sites in org.apache.tomcat.* (the library's own locks were seen)")
        .isTrue();
  }
}
