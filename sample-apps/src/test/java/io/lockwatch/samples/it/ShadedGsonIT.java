package io.lockwatch.samples.it;

import static io.lockwatch.testkit.assertions.LockwatchAssertions.assertThatReportOf;
import static io.lockwatch.testkit.source.SourceMarkers.marker;
import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.samples.shading.AppWithOwnGson;
import io.lockwatch.testkit.AgentJvm;
import io.lockwatch.testkit.AgentJvmResult;
import io.lockwatch.testkit.TestPaths;
import io.lockwatch.testkit.assertions.CycleAssert;
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

  private static AgentJvmResult run;

  @BeforeAll
  static void runWithTheAppsOwnGson() {
    Path appGson =
        TestPaths.property("lockwatch.it.libs", "target/it-libs")
            .resolve("gson-" + VERSION + ".jar");
    assertThat(appGson)
        .as("copied by maven-dependency-plugin in pre-integration-test")
        .isRegularFile();
    run =
        AgentJvm.of(AppWithOwnGson.class)
            .classPath(TestPaths.classPathEntryOf(AppWithOwnGson.class), appGson)
            .run();
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
    CycleAssert cycle =
        assertThatReportOf(run).hasNoAgentErrors().hasSingleCycle().ofKind("deadlock");
    cycle.ofSeverity("high");
    cycle
        .edgeOf("worker-1")
        .heldAt(marker(AppWithOwnGson.class, "w1-outer"))
        .acquiredAt(marker(AppWithOwnGson.class, "w1-inner"))
        .inMode("exclusive");
    cycle
        .edgeOf("worker-2")
        .heldAt(marker(AppWithOwnGson.class, "w2-outer"))
        .acquiredAt(marker(AppWithOwnGson.class, "w2-inner"))
        .inMode("exclusive");
  }

  @Test
  void the_agent_lends_no_gson_to_an_app_without_one() {
    AgentJvmResult withoutGson = AgentJvm.of(AppWithOwnGson.class).run();

    assertThat(withoutGson.exitCode()).as("exit code of %s", withoutGson).isNotZero();
    assertThat(withoutGson.stderr())
        .contains("NoClassDefFoundError")
        .contains("com/google/gson/Gson");
  }
}
