package io.lockwatch.agent.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.it.programs.SelfLockingLoaders;
import io.lockwatch.testkit.AgentJvm;
import io.lockwatch.testkit.AgentJvmResult;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading class files during instrumentation holds no lock of the agent's around the loader. */
class TypeResolutionIT {
  @TempDir Path dir;

  @Test
  void two_threads_loading_through_self_locking_loaders_both_finish() {
    AgentJvmResult run =
        AgentJvm.of(SelfLockingLoaders.class).in(dir).timeout(Duration.ofSeconds(60)).run();
    assertThat(run.exitCode()).as(run.stderr()).isZero();
    assertThat(run.stdout())
        .contains("second loaded true")
        .contains("first loaded true")
        .as("the agent read class files through the loaders")
        .contains("looked up true");
  }
}
