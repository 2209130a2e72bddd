package io.lockwatch.validation.java25;

import io.lockwatch.testkit.TestPaths;
import java.nio.file.Path;
import java.util.List;

/** The module's validation targets, by simple name, and where their class files are. */
final class Java25Targets {
  /** Every target, each run with the agent's default options. */
  static final List<String> NAMES =
      List.of(
          "RecordQueueHandoff",
          "VirtualThreadRace",
          "SealedSwitchCycle",
          "SealedSwitchOrdered",
          "FlexibleConstructorBody",
          "FlexibleConstructorRace",
          "VirtualThreadChurn");

  private Java25Targets() {}

  /** The binary name of the target of this simple name. */
  static String mainClass(String name) {
    return Java25Targets.class.getPackageName() + "." + name;
  }

  /** The targets' class files: the class path of their JVMs. */
  static Path classes() {
    return TestPaths.property("lockwatch.java25.classes", "target/classes");
  }
}
