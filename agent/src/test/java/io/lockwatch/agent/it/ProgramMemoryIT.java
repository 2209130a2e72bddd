package io.lockwatch.agent.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.it.programs.DroppedObjects;
import io.lockwatch.testkit.AgentJvm;
import io.lockwatch.testkit.AgentJvmResult;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Nothing of the agent keeps an object reachable once the program dropped it. */
class ProgramMemoryIT {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"races=on", "races=off"})
  void objects_the_program_locked_and_touched_are_collected_once_dropped(String races) {
    AgentJvmResult run =
        AgentJvm.of(DroppedObjects.class)
            .agentOptions(races)
            .in(dir)
            .timeout(Duration.ofSeconds(60))
            .run();
    assertThat(run.exitCode()).as(run.stderr()).isZero();
    assertThat(run.stdout()).contains("validated true").contains("alive []");
  }
}
