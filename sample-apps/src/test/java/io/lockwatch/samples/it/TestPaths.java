package io.lockwatch.samples.it;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the tests find things. Maven passes each as a system property (see {@code
 * sample-apps/pom.xml}); the defaults let a test run from an IDE with the module as working
 * directory.
 */
public final class TestPaths {
  private TestPaths() {}

  /** The shaded agent jar under test. */
  public static Path agentJar() {
    return property("lockwatch.agent.jar", "../agent/target/lockwatch-agent.jar");
  }

  /** The compiled samples: the class path every sample runs with by default. */
  public static Path samplesClasses() {
    String given = System.getProperty("lockwatch.samples.classes");
    if (given != null && !given.isBlank()) {
      return Path.of(given).toAbsolutePath().normalize();
    }
    try {
      return Path.of(
          io.lockwatch.samples.SampleCatalog.class
              .getProtectionDomain()
              .getCodeSource()
              .getLocation()
              .toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The samples' sources, scanned for {@code // @site:} markers. */
  public static Path samplesSources() {
    return property("lockwatch.samples.sources", "src/main/java");
  }

  /** Jars the integration tests put on application class paths (e.g. another Gson). */
  public static Path itLibs() {
    return property("lockwatch.it.libs", "target/it-libs");
  }

  /** Where the reports of test runs are kept, for a look after a failure. */
  public static Path reportsDir() {
    return property("lockwatch.it.reports", "target/it-reports");
  }

  /**
   * The java binary that runs the samples: {@code lockwatch.test.java} (a binary or a JDK home)
   * when set, else the one running the tests.
   */
  public static Path javaBinary() {
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
