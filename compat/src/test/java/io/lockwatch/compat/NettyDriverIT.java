package io.lockwatch.compat;

import org.junit.jupiter.api.Test;

/**
 * Netty's event loops: a line-echo server and 6 clients on loopback, plainly and under the agent in
 * every races mode.
 */
class NettyDriverIT {
  static final DriverProgram DRIVER =
      DriverProgram.framework("netty", "io.lockwatch.compat.netty.NettyDriver");

  @Test
  void netty_echoes_the_same_under_the_agent_in_every_races_mode() {
    CompatCheck.runAndSee(DRIVER, "io.netty.");
  }
}
