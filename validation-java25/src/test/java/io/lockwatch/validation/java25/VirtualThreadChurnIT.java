package io.lockwatch.validation.java25;

import static io.lockwatch.testkit.assertions.LockwatchAssertions.assertThatReportOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.testkit.AgentJvm;
import io.lockwatch.testkit.AgentJvmResult;
import io.lockwatch.testkit.TestPaths;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A million virtual threads in batches of a thousand, under the agent with races on, in a 192 MB
 * heap: it finishes (an agent that kept ended threads' state, or sized clocks by threads ever
 * started, would run out of memory long before), finds nothing, and absorbs no error.
 */
class VirtualThreadChurnIT {
  private static final Path JAVA_25 =
      TestPaths.javaOf(
          TestPaths.property("lockwatch.java25.home", "/usr/lib/jvm/temurin-25-jdk-amd64"));

  @TempDir Path dir;

  @Test
  void a_million_virtual_threads_in_batches_run_in_bounded_memory() {
    AgentJvmResult run =
        AgentJvm.of(Java25Targets.mainClass("VirtualThreadChurn"))
            .classPath(Java25Targets.classes())
            .java(JAVA_25)
            .jvmOptions("-Xmx192m")
            .args("1000000", "1000")
            .in(dir)
            .timeout(Duration.ofMinutes(5))
            .run();

    assertThat(run.exitCode()).as(run.stderr()).isZero();
    assertThat(run.stdout()).contains("VirtualThreadChurn: done, 1000000 threads, 1000000 cells");
    assertThatReportOf(run).hasNoFindings().hasCounterAtLeast("acquisitions", 1_000_000);
    assertThat(run.report().agentErrors()).isEmpty();
  }
}
