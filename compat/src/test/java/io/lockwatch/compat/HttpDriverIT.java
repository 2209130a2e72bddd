package io.lockwatch.compat;

import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.compat.drivers.HttpDriver;
import org.junit.jupiter.api.Test;

/**
 * The JDK HTTP server and client on the loopback address. The JDK classes are never instrumented;
 * the handlers are, and their locks must be seen.
 */
class HttpDriverIT {
  @Test
  void jdk_http_server_and_client_run_the_same_under_the_agent() {
    CompatCheck check = CompatCheck.run(HttpDriver.class);
    check.assertAcquisitions();
    assertThat(check.agent.report().agentErrors()).as("agentErrors").isEmpty();
  }
}
