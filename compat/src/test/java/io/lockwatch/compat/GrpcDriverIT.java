package io.lockwatch.compat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** gRPC over the in-process transport, unary and bidirectional streaming calls from 4 threads, plainly and under the agent in every races mode. */
class GrpcDriverIT {
  static final DriverProgram DRIVER =
      DriverProgram.framework("grpc", "io.lockwatch.compat.grpc.GrpcDriver");

  @Test
  void grpc_calls_run_the_same_under_the_agent_in_every_races_mode() {
    CompatCheck check = CompatCheck.run(DRIVER);
    check.assertAcquisitions();
    check.assertFieldAccesses();
    assertThat(check.reportMentions("io.grpc."))
        .as("the report has sites in io.grpc.* (the library's own locks were seen)")
        .isTrue();
  }
}
