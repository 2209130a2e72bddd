package io.lockwatch.agent.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.testkit.TestPaths;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/** Checks the shaded agent jar: its manifest, and that every class sits in our own packages. */
class AgentJarIT {
  private static final Path JAR = TestPaths.agentJar();

  @Test
  void manifest_declares_the_agent() throws IOException {
    try (JarFile jar = new JarFile(JAR.toFile())) {
      Attributes main = jar.getManifest().getMainAttributes();
      assertThat(main.getValue("Premain-Class")).isEqualTo("io.lockwatch.agent.LockwatchAgent");
      assertThat(main.getValue("Agent-Class")).isEqualTo("io.lockwatch.agent.LockwatchAgent");
      assertThat(main.getValue("Can-Retransform-Classes")).isEqualTo("true");
      assertThat(main.getValue("Can-Redefine-Classes")).isEqualTo("true");
    }
  }

  @Test
  void every_class_is_in_a_lockwatch_package_so_nothing_clashes_with_the_application()
      throws IOException {
    List<String> foreign = new ArrayList<>();
    int classes = 0;
    try (JarFile jar = new JarFile(JAR.toFile())) {
      for (JarEntry entry : java.util.Collections.list(jar.entries())) {
        if (entry.getName().endsWith(".class")) {
          classes++;
          if (!entry.getName().startsWith("io/lockwatch/")) {
            foreign.add(entry.getName());
          }
        }
      }
      assertThat(jar.getEntry("io/lockwatch/shaded/bytebuddy/jar/asm/ClassReader.class"))
          .isNotNull();
      assertThat(jar.getEntry("io/lockwatch/shaded/gson/Gson.class")).isNotNull();
      assertThat(jar.getEntry("io/lockwatch/shaded/jgrapht/Graph.class")).isNotNull();
      assertThat(jar.getEntry("io/lockwatch/shaded/report/model/Report.class")).isNotNull();
    }
    assertThat(classes).isGreaterThan(100);
    assertThat(foreign).isEmpty();
  }
}
