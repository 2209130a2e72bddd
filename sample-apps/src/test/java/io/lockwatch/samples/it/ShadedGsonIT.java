package io.lockwatch.samples.it;

import static io.lockwatch.samples.it.LockOrderAssertions.assertEdge;
import static io.lockwatch.samples.it.LockOrderAssertions.assertSingleCycle;
import static io.lockwatch.samples.it.LockOrderAssertions.edgeOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.report.model.LockOrderCycle;
import io.lockwatch.samples.shading.AppWithOwnGson;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The agent's Gson is relocated: an application with another Gson version on its class path gets
 * exactly that one, one without Gson gets none, and the agent still writes its report.
 */
class ShadedGsonIT {
  private static final String VERSION =
      System.getProperty("lockwatch.it.app-gson.version", "2.8.9");

  private static Path appGson;
  private static AgentRun run;

  @BeforeAll
  static void runWithTheAppsOwnGson() {
    appGson = TestPaths.itLibs().resolve("gson-" + VERSION + ".jar");
    assertThat(appGson)
        .as("copied by maven-dependency-plugin in pre-integration-test")
        .isRegularFile();
    run = AgentRun.of(AppWithOwnGson.class).classPath(TestPaths.samplesClasses(), appGson).run();
  }

  @Test
  void the_app_runs_with_its_own_gson() {
    assertThat(run.exitCode()).as("exit code of %s", run).isZero();
    assertThat(run.stdout()).contains("{\"app\":\"AppWithOwnGson\",\"transfers\":2}");
    assertThat(run.stdout().lines().filter(line -> line.startsWith("gson from ")))
        .as("where the app's Gson came from, in%n%s", run.stdout())
        .singleElement()
        .asString()
        .endsWith("gson-" + VERSION + ".jar");
  }

  @Test
  void the_agent_still_writes_its_report() {
    assertThat(run.report().agentErrors()).as("agentErrors").isEmpty();
    LockOrderCycle cycle = assertSingleCycle(run, "deadlock", "high");
    assertEdge(
        edgeOf(cycle, "worker-1"), AppWithOwnGson.class, "w1-outer", "w1-inner", "exclusive");
    assertEdge(
        edgeOf(cycle, "worker-2"), AppWithOwnGson.class, "w2-outer", "w2-inner", "exclusive");
  }

  @Test
  void the_agent_lends_no_gson_to_an_app_without_one() {
    AgentRun withoutGson = AgentRun.of(AppWithOwnGson.class).run();

    assertThat(withoutGson.exitCode()).as("exit code of %s", withoutGson).isNotZero();
    assertThat(withoutGson.stderr())
        .contains("NoClassDefFoundError")
        .contains("com/google/gson/Gson");
  }
}
