package io.lockwatch.compat;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the tests find things. Maven passes each as a system property (see {@code
 * compat/pom.xml}); the defaults let a test run from an IDE with the module as working directory.
 */
final class CompatPaths {
  private CompatPaths() {}

  /** The shaded agent jar under test. */
  static Path agentJar() {
    return property("lockwatch.agent.jar", "../agent/target/lockwatch-agent.jar");
  }

  /** The compiled drivers. */
  static Path driverClasses() {
    return property("lockwatch.compat.classes", "target/classes");
  }

  /** The libraries the drivers exercise (copied there at {@code package}). */
  static Path driverLibs() {
    return property("lockwatch.compat.lib", "target/lib");
  }

  /** Where each run gets its own working directory, report, output and files. */
  static Path runsDir() {
    return property("lockwatch.compat.runs", "target/it-runs");
  }

  /**
   * The java binary that runs the drivers: {@code lockwatch.test.java} (a binary or a JDK home)
   * when set, else the one running the tests.
   */
  static Path javaBinary() {
    String given = System.getProperty("lockwatch.test.java");
    if (given == null || given.isBlank()) {
      return Path.of(System.getProperty("java.home"), "bin", "java");
    }
    Path path = Path.of(given.strip());
    return Files.isDirectory(path) ? path.resolve("bin").resolve("java") : path;
  }

  private static Path property(String name, String fallback) {
    String given = System.getProperty(name);
    String value = given == null || given.isBlank() ? fallback : given;
    return Path.of(value).toAbsolutePath().normalize();
  }
}
