package io.lockwatch.agent.instrument;

import io.lockwatch.agent.runtime.support.AgentErrors;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes rewritten class files for {@code dump=DIR}, for a person to read with {@code javap}. */
final class ClassDumps {
  private ClassDumps() {}

  /** Writes {@code classFile} as {@code DIR/internal/Name.class}; a failure is counted. */
  static void write(Path directory, String internalName, byte[] classFile, AgentErrors errors) {
    try {
      Path file = directory.resolve(internalName + ".class");
      Files.createDirectories(file.getParent());
      Files.write(file, classFile);
    } catch (IOException | RuntimeException failure) {
      errors.record("dump", internalName.replace('/', '.'), failure);
    }
  }
}
