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

  /** The shaded jar was 7.0 MB with all of Byte Buddy and JGraphT; slimmed it is 2.9 MB. */
  private static final long SLIM_BYTES = 3_500_000;

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
        String name = entry.getName().replaceFirst("^inst/", "");
        if (name.endsWith(".class") || name.endsWith(".classdata")) {
          classes++;
          if (!name.startsWith("io/lockwatch/")) {
            foreign.add(entry.getName());
          }
        }
      }
      assertThat(jar.getEntry("inst/io/lockwatch/shaded/bytebuddy/jar/asm/ClassReader.classdata"))
          .isNotNull();
      assertThat(jar.getEntry("inst/io/lockwatch/shaded/gson/Gson.classdata")).isNotNull();
      assertThat(jar.getEntry("inst/io/lockwatch/shaded/jgrapht/Graph.classdata")).isNotNull();
      assertThat(jar.getEntry("inst/io/lockwatch/shaded/report/model/Report.classdata"))
          .isNotNull();
    }
    assertThat(classes).isGreaterThan(100);
    assertThat(foreign).isEmpty();
  }

  @Test
  void only_the_entry_point_the_bridge_and_the_test_listener_are_class_files_at_the_top()
      throws IOException {
    List<String> visible = new ArrayList<>();
    try (JarFile jar = new JarFile(JAR.toFile())) {
      for (JarEntry entry : java.util.Collections.list(jar.entries())) {
        String name = entry.getName();
        if (name.endsWith(".class")
            && !name.startsWith("io/lockwatch/bridge/")
            && !name.startsWith("io/lockwatch/agent/junit/")) {
          visible.add(name);
        }
      }
    }
    assertThat(visible)
        .containsExactlyInAnyOrder(
            "io/lockwatch/agent/LockwatchAgent.class",
            "io/lockwatch/agent/AgentClassLoader.class",
            "io/lockwatch/agent/BootstrapBridge.class");
  }

  @Test
  void the_jar_is_slim() {
    assertThat(JAR.toFile().length()).as("bytes").isLessThan(SLIM_BYTES);
  }
}
