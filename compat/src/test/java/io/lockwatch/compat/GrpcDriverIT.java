package io.lockwatch.compat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * gRPC over the in-process transport, unary and bidirectional streaming calls from 4 threads,
 * plainly and under the agent in every races mode.
 */
class GrpcDriverIT {
  static final DriverProgram DRIVER =
      DriverProgram.framework("grpc", "io.lockwatch.compat.grpc.GrpcDriver");

  @Test
  void grpc_calls_run_the_same_under_the_agent_in_every_races_mode() {
    CompatCheck.runAndSee(DRIVER, "io.grpc.");
  }

  /** Races TRIAGE.md shows false: the library orders these accesses (see each row). */
  @Tag(CompatCheck.KNOWN_FALSE_POSITIVE)
  @ParameterizedTest(name = "TRIAGE.md {0}: no race on {1}")
  @CsvSource({
    "GP-1, io.grpc.internal.ClientCallImpl.stream",
    "GP-2, io.grpc.internal.DelayedStream.listener",
    "GP-3, io.grpc.internal.DelayedClientCall.startHeaders",
    "GP-4, io.grpc.internal.DelayedStream.pendingCalls",
    "GP-5, io.grpc.inprocess.InProcessTransport$SingleMessageProducer.message"
  })
  void no_race_is_reported_on_a_field_the_library_orders(String row, String field) {
    AbsentFindings.of(DRIVER, row).noRaceOn(field);
  }
}
