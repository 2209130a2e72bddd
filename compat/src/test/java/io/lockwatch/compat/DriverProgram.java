package io.lockwatch.compat;

import io.lockwatch.testkit.TestPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A driver's main class and the class path it runs on. The drivers of this module run on its
 * classes and {@code target/lib}; each framework's driver on its own module's {@code
 * target/classes} and {@code target/lib} under {@code compat/frameworks/}, so no framework sees
 * another's libraries.
 */
final class DriverProgram {
  final String name;
  final String mainClass;
  final List<Path> classPath;

  private DriverProgram(String mainClass, List<Path> classPath) {
    this.mainClass = mainClass;
    this.name = mainClass.substring(mainClass.lastIndexOf('.') + 1);
    this.classPath = classPath;
  }

  /** A driver of this module, on its classes and the module's {@code target/lib/*}. */
  static DriverProgram of(Class<?> driver) {
    Path libs = existing(TestPaths.property("lockwatch.compat.lib", "target/lib"));
    return new DriverProgram(
        driver.getName(), List.of(TestPaths.classPathEntryOf(driver), libs.resolve("*")));
  }

  /** The driver of the framework module {@code compat/frameworks/<module>}. */
  static DriverProgram framework(String module, String mainClass) {
    Path dir =
        TestPaths.property("lockwatch.compat.frameworks", "frameworks")
            .resolve(module)
            .resolve("target");
    return new DriverProgram(
        mainClass,
        List.of(existing(dir.resolve("classes")), existing(dir.resolve("lib")).resolve("*")));
  }

  private static Path existing(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new AssertionError(
          dir + " does not exist: run mvn package (compat and its frameworks)");
    }
    return dir;
  }

  @Override
  public String toString() {
    return name;
  }
}
