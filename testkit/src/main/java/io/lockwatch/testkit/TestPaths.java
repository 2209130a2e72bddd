package io.lockwatch.testkit;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;

/**
 * Where tests find the things they launch. Maven passes each as a system property (see the module
 * poms); the defaults let a test run from an IDE with its module as the working directory.
 *
 * <ul>
 *   <li>{@code lockwatch.agent.jar}: the shaded agent jar under test
 *   <li>{@code lockwatch.test.java}: the java binary (or a JDK home) of the watched JVMs; CI sets
 *       it to rerun the integration tests on another JDK
 *   <li>{@code lockwatch.test.runs}: where each run leaves its report and output
 *   <li>{@code lockwatch.test.sources}: source roots searched for {@code // @site:} markers and
 *       {@code // @expect:} expectations, separated by the path separator
 * </ul>
 */
public final class TestPaths {
  private TestPaths() {}

  /**
   * The shaded agent jar: {@code lockwatch.agent.jar}, else {@code target/lockwatch-agent.jar} (in
   * the agent module) or {@code ../agent/target/lockwatch-agent.jar} (in a sibling module).
   */
  public static Path agentJar() {
    String given = System.getProperty("lockwatch.agent.jar");
    if (given != null && !given.isBlank()) {
      return absolute(given);
    }
    Path here = absolute("target/lockwatch-agent.jar");
    return Files.isRegularFile(here) ? here : absolute("../agent/target/lockwatch-agent.jar");
  }

  /**
   * The reports tool's jar: {@code lockwatch.reports.jar}, else {@code
   * ../reports/target/lockwatch-reports.jar} (from a sibling module of {@code reports}).
   */
  public static Path reportsJar() {
    return property("lockwatch.reports.jar", "../reports/target/lockwatch-reports.jar");
  }

  /**
   * The java binary the watched JVMs run on: {@code lockwatch.test.java} (a binary or a JDK home)
   * when set, else the one running the tests.
   */
  public static Path javaBinary() {
    String given = System.getProperty("lockwatch.test.java");
    if (given == null || given.isBlank()) {
      return Path.of(System.getProperty("java.home"), "bin", "java");
    }
    return javaOf(Path.of(given.strip()));
  }

  /** The java binary of a JDK home, or the path itself when it is already a binary. */
  public static Path javaOf(Path binaryOrHome) {
    return Files.isDirectory(binaryOrHome)
        ? binaryOrHome.resolve("bin").resolve("java")
        : binaryOrHome;
  }

  /** Where runs leave their files: {@code lockwatch.test.runs}, else {@code target/test-runs}. */
  public static Path runsDir() {
    return property("lockwatch.test.runs", "target/test-runs");
  }

  /**
   * The source roots searched for a class's source: {@code lockwatch.test.sources}, else {@code
   * src/main/java} and {@code src/test/java}.
   */
  public static List<Path> sourceRoots() {
    String given = System.getProperty("lockwatch.test.sources");
    String value = given == null || given.isBlank() ? "src/main/java:src/test/java" : given;
    List<Path> roots = new ArrayList<>();
    for (String root : value.split(File.pathSeparator)) {
      if (!root.isBlank()) {
        roots.add(absolute(root.strip()));
      }
    }
    return roots;
  }

  /** The directory (or jar) a class was loaded from: the class path entry that holds it. */
  public static Path classPathEntryOf(Class<?> type) {
    CodeSource source = type.getProtectionDomain().getCodeSource();
    if (source == null) {
      throw new IllegalStateException(type.getName() + " is not on a class path (JDK class?)");
    }
    try {
      return Path.of(source.getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(
          "cannot tell where " + type.getName() + " was loaded from", e);
    }
  }

  /** A path from a system property, or from {@code fallback} when it is not set; absolute. */
  public static Path property(String name, String fallback) {
    String given = System.getProperty(name);
    return absolute(given == null || given.isBlank() ? fallback : given);
  }

  private static Path absolute(String path) {
    return Path.of(path).toAbsolutePath().normalize();
  }
}
