package io.lockwatch.compat;

import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.testkit.AgentJvmResult;
import java.nio.file.Files;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Spring Boot 4 with embedded Tomcat serving HTTP on loopback to 4 client threads, plainly and
 * under the agent in every races mode.
 */
class SpringBootDriverIT {
  static final DriverProgram DRIVER =
      DriverProgram.framework("spring-boot", "io.lockwatch.compat.spring.SpringBootDriver");

  @Test
  void spring_boot_serves_the_same_under_the_agent_in_every_races_mode() {
    CompatCheck.runAndSee(DRIVER, "org.apache.tomcat.");
  }

  /**
   * The lock-order edges of a Spring Boot start-up (about 2,000 site pairs over 140 lock classes)
   * are most of its report: folded by lock class, written one line each without the fields at their
   * usual value, the report stays under 500 KB (it was 2.3 MB unfolded, 557 KB spelled out).
   */
  @Test
  void the_report_without_race_detection_stays_under_500_kb() throws Exception {
    AgentJvmResult off = CompatCheck.runsOf(DRIVER).byMode.get("off");
    assertThat(off.report().lockOrderEdges()).hasSizeGreaterThan(1_000);
    assertThat(Files.size(off.reportFile())).isLessThan(500_000);
  }

  /** Races TRIAGE.md shows false: the library orders these accesses (see each row). */
  @Tag(CompatCheck.KNOWN_FALSE_POSITIVE)
  @ParameterizedTest(name = "TRIAGE.md {0}: no race on {1}")
  @CsvSource({
    "SB-3, org.apache.tomcat.util.net.AbstractEndpoint.utilityExecutor",
    "SB-5, org.apache.catalina.authenticator.AuthenticatorBase.context",
    "SB-6, org.apache.catalina.connector.Connector.service",
    "SB-7, org.apache.catalina.valves.ValveBase.container",
    "SB-8, org.apache.tomcat.util.net.NioChannel.sc",
    "SB-9, org.apache.tomcat.util.net.NioChannel.socketWrapper",
    "SB-10, org.apache.tomcat.util.net.SocketWrapperBase.socket"
  })
  void no_race_is_reported_on_a_field_the_library_orders(String row, String field) {
    AbsentFindings.of(DRIVER, row).noRaceOn(field);
  }
}
