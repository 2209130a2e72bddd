package io.lockwatch.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import io.lockwatch.samples.shading.AppWithOwnGson;
import io.lockwatch.testkit.AgentJvm;
import io.lockwatch.testkit.AgentJvmResult;
import io.lockwatch.testkit.TestPaths;
import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sample is a complete program on its own: run plainly in its own JVM, it finishes by itself
 * (within the timeout: no timing assertion, a busy machine may be slow), prints its line, writes
 * nothing to stderr and exits 0. The deadlock demos are the exception: they really deadlock, and
 * run only under the agent with {@code onDeadlock=exit}. A program catalogued twice (with other
 * agent options) is run once.
 */
class SamplesRunWithoutAgentTest {
  static Stream<Named<Class<?>>> programsThatEndByThemselves() {
    return Arrays.stream(SampleCatalog.values())
        .filter(SampleCatalog::endsByItself)
        .<Class<?>>map(SampleCatalog::mainClass)
        .distinct()
        .map(program -> Named.of(program.getSimpleName(), program));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("programsThatEndByThemselves")
  void finishes_by_itself_and_exits_0(Class<?> program) {
    AgentJvmResult run = AgentJvm.of(program).withoutAgent().timeout(Duration.ofSeconds(20)).run();

    assertThat(run.exitCode()).as("exit code of %s", run).isZero();
    assertThat(run.stdout()).contains(program.getSimpleName() + ": done");
    assertThat(run.stderr()).as("stderr of %s", run).isBlank();
  }

  @Test
  void the_gson_app_finishes_by_itself_with_any_gson() {
    AgentJvmResult run =
        AgentJvm.of(AppWithOwnGson.class)
            .withoutAgent()
            .classPath(
                TestPaths.classPathEntryOf(AppWithOwnGson.class),
                TestPaths.classPathEntryOf(Gson.class))
            .timeout(Duration.ofSeconds(20))
            .run();

    assertThat(run.exitCode()).as("exit code of %s", run).isZero();
    assertThat(run.stdout()).contains("{\"app\":\"AppWithOwnGson\",\"transfers\":2}");
    assertThat(run.stdout()).contains("gson from ");
  }
}
