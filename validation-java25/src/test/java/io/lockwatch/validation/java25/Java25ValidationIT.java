package io.lockwatch.validation.java25;

import io.lockwatch.testkit.AgentJvm;
import io.lockwatch.testkit.SharedRuns;
import io.lockwatch.testkit.TestPaths;
import io.lockwatch.testkit.expect.ExpectedRun;
import io.lockwatch.testkit.expect.ValidationTests;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.TestFactory;

/**
 * Every Java 25 target, run with JDK 25's java under the real agent jar (whatever {@code
 * lockwatch.test.java} says: these class files need 25), against the {@code // @expect:} statements
 * of its source.
 */
class Java25ValidationIT {
  private static final Path JAVA_25 =
      TestPaths.javaOf(
          TestPaths.property("lockwatch.java25.home", "/usr/lib/jvm/temurin-25-jdk-amd64"));

  private static final SharedRuns RUNS =
      new SharedRuns(
          2,
          name ->
              AgentJvm.of(Java25Targets.mainClass(name))
                  .classPath(Java25Targets.classes())
                  .java(JAVA_25)
                  .named(name)
                  .timeout(Duration.ofSeconds(30)));

  @TestFactory
  Stream<DynamicContainer> every_java_25_target_reports_what_its_source_expects() {
    RUNS.prefetch(Java25Targets.NAMES);
    return Java25Targets.NAMES.stream()
        .map(
            name ->
                ValidationTests.of(
                    name,
                    ExpectedRun.of(Java25Targets.mainClass(name), ""),
                    () -> RUNS.get(name),
                    RUNS::get));
  }
}
