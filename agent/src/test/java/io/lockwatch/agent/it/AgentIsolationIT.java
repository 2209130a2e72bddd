package io.lockwatch.agent.it;

import static io.lockwatch.testkit.assertions.LockwatchAssertions.assertThatReportOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import io.lockwatch.it.programs.FindsTestListeners;
import io.lockwatch.it.programs.LooksForTheAgent;
import io.lockwatch.it.programs.OwnGson;
import io.lockwatch.testkit.AgentJvm;
import io.lockwatch.testkit.AgentJvmResult;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.commons.util.Preconditions;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;

/** The agent lives in its own class loader: the application sees none of its classes. */
class AgentIsolationIT {
  private static final Duration LIMIT = Duration.ofSeconds(60);

  /** What the application might look for: library names, their shaded names, the agent's own. */
  private static final List<String> AGENT_CLASSES =
      List.of(
          "net.bytebuddy.ByteBuddy",
          "com.google.gson.Gson",
          "io.lockwatch.agent.runtime.AgentEventSink",
          "io.lockwatch.agent.AgentRuntime",
          "io.lockwatch.shaded.bytebuddy.jar.asm.ClassReader",
          "io.lockwatch.shaded.gson.Gson",
          "io.lockwatch.shaded.jgrapht.Graph");

  @TempDir Path dir;

  @Test
  void the_application_class_loader_finds_no_agent_class_while_the_agent_reports_a_cycle() {
    AgentJvmResult run =
        AgentJvm.of(LooksForTheAgent.class)
            .args(AGENT_CLASSES.toArray(String[]::new))
            .in(dir)
            .timeout(LIMIT)
            .run();

    assertThat(run.exitCode()).as(run.describe()).isZero();
    assertThat(run.stdout().lines().filter(line -> !line.startsWith("done")))
        .containsExactlyElementsOf(AGENT_CLASSES.stream().map(name -> "hidden " + name).toList());
    assertThatReportOf(run).hasCycles(1).hasNoAgentErrors();
  }

  @Test
  void the_entry_point_and_the_bridge_are_all_the_application_can_load() {
    AgentJvmResult run =
        AgentJvm.of(LooksForTheAgent.class)
            .args("io.lockwatch.agent.LockwatchAgent", "io.lockwatch.bridge.Hooks")
            .in(dir)
            .timeout(LIMIT)
            .run();

    assertThat(run.exitCode()).as(run.describe()).isZero();
    assertThat(run.stdout())
        .contains("visible io.lockwatch.agent.LockwatchAgent", "visible io.lockwatch.bridge.Hooks");
  }

  @Test
  void an_application_that_brings_its_own_gson_uses_its_own() throws URISyntaxException {
    Path gsonJar = codeSource(Gson.class);
    AgentJvmResult run =
        AgentJvm.of(OwnGson.class)
            .classPath(codeSource(OwnGson.class), gsonJar)
            .in(dir)
            .timeout(LIMIT)
            .run();

    assertThat(run.exitCode()).as(run.describe()).isZero();
    assertThat(run.stdout())
        .contains("gson from ", gsonJar.getFileName().toString())
        .doesNotContain("lockwatch-agent")
        .contains("gson loader true")
        .contains("json {\"locks\":2,\"threads\":3}");
    assertThatReportOf(run).hasNoAgentErrors();
  }

  @Test
  void the_junit_listener_stays_where_the_tests_junit_finds_it() throws URISyntaxException {
    Path launcher = codeSource(TestExecutionListener.class);
    AgentJvmResult run =
        AgentJvm.of(FindsTestListeners.class)
            .classPath(
                codeSource(FindsTestListeners.class),
                launcher,
                codeSource(TestExecutionResult.class),
                codeSource(Preconditions.class))
            .in(dir)
            .timeout(LIMIT)
            .run();

    assertThat(run.exitCode()).as(run.describe()).isZero();
    assertThat(run.stdout())
        .contains("listener io.lockwatch.agent.junit.LockwatchTestListener system=true");
  }

  private static Path codeSource(Class<?> type) throws URISyntaxException {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
  }
}
