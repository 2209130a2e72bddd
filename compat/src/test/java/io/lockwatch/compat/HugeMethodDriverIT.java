package io.lockwatch.compat;

import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.compat.drivers.HugeMethodDriver;
import io.lockwatch.compat.drivers.HugeMethods;
import io.lockwatch.report.model.AgentError;
import org.junit.jupiter.api.Test;

/**
 * A class whose method is close to the 64 KB limit: instrumenting it would overflow the limit, so
 * it runs as compiled, listed in {@code agentErrors}, while the driver around it is instrumented.
 */
class HugeMethodDriverIT {
  @Test
  void a_method_near_the_size_limit_runs_uninstrumented_and_is_listed() {
    CompatCheck check =
        CompatCheck.run(
            HugeMethodDriver.class,
            new AllowedAgentError(
                "instrumentation",
                HugeMethods.class.getName(),
                "instrumented, mix() would pass the 64 KB limit of a method's code"));
    check.assertAcquisitions();
    AgentError error = check.instrumentationError(HugeMethods.class.getName());
    assertThat(error)
        .as(
            "agentErrors lists %s (kind instrumentation): %s",
            HugeMethods.class.getName(), check.agent.report().agentErrors())
        .isNotNull();
    assertThat(error.message()).as("the reason").isNotBlank();
    assertThat(check.instrumentationError(HugeMethodDriver.class.getName()))
        .as("the driver itself is instrumented")
        .isNull();
  }
}
