package io.lockwatch.compat;

import io.lockwatch.testkit.AgentJvm;
import io.lockwatch.testkit.AgentJvmResult;
import io.lockwatch.testkit.TestPaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Launches one run of a driver, plainly or under the agent, in a fresh directory of its own. */
final class DriverLaunch {
  /** Long enough for the slowest driver under races=predict on a busy 2-core machine. */
  private static final Duration TIMEOUT = Duration.ofSeconds(300);

  private DriverLaunch() {}

  /** The directory of the driver's run: {@code <Driver>-plain} or {@code <Driver>-races-<mode>}. */
  static Path directory(DriverProgram driver, String mode) {
    return TestPaths.runsDir().resolve(driver.name + (mode == null ? "-plain" : "-races-" + mode));
  }

  /** Runs the driver, plainly ({@code mode} null) or under the agent with {@code races=mode}. */
  static AgentJvmResult run(DriverProgram driver, String mode) {
    Path dir = directory(driver, mode);
    deleteRecursively(dir);
    AgentJvm jvm =
        AgentJvm.of(driver.mainClass)
            .classPath(driver.classPath.toArray(Path[]::new))
            .args(dir.resolve("files").toString())
            .in(dir)
            .named("run")
            .timeout(TIMEOUT);
    return (mode == null ? jvm.withoutAgent() : jvm.agentOptions("races=" + mode)).run();
  }

  private static void deleteRecursively(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      List<Path> all = paths.sorted(Comparator.reverseOrder()).collect(Collectors.toList());
      for (Path path : all) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot clear " + dir, e);
    }
  }
}
