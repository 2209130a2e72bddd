package io.lockwatch.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgentClassLoaderTest {
  private static final String PROBE = Probe.class.getName();
  private static final String PROBE_FILE = PROBE.replace('.', '/') + ".class";

  @TempDir Path dir;

  /** A class to hide in a jar. */
  public static final class Probe {}

  @Test
  void defines_a_hidden_class_itself_with_the_agent_jar_as_its_code_source() throws Exception {
    Path jar = agentJar(Map.of("inst/" + stem(PROBE_FILE) + ".classdata", probeBytes()));
    try (AgentClassLoader loader = new AgentClassLoader(jar)) {
      Class<?> hidden = Class.forName(PROBE, false, loader);

      assertThat(hidden).isNotSameAs(Probe.class);
      assertThat(hidden.getClassLoader()).isSameAs(loader);
      assertThat(hidden.getPackage().getName()).isEqualTo("io.lockwatch.agent");
      assertThat(hidden.getProtectionDomain().getCodeSource().getLocation())
          .isEqualTo(jar.toUri().toURL());
    }
  }

  @Test
  void never_looks_at_the_application_class_path() throws Exception {
    Path jar = agentJar(Map.of("inst/other.txt", new byte[] {1}));
    try (AgentClassLoader loader = new AgentClassLoader(jar)) {
      assertThatThrownBy(() -> Class.forName(PROBE, false, loader))
          .isInstanceOf(ClassNotFoundException.class);
      assertThat(loader.getParent()).isSameAs(ClassLoader.getPlatformClassLoader());
    }
  }

  @Test
  void serves_a_hidden_class_file_and_other_resources_under_their_usual_names() throws Exception {
    byte[] probe = probeBytes();
    Path jar =
        agentJar(
            Map.of(
                "inst/" + stem(PROBE_FILE) + ".classdata",
                probe,
                "inst/schema/report.json",
                new byte[] {'{', '}'}));
    try (AgentClassLoader loader = new AgentClassLoader(jar)) {
      try (InputStream in = loader.getResourceAsStream(PROBE_FILE)) {
        assertThat(in.readAllBytes()).isEqualTo(probe);
      }
      try (InputStream in = loader.getResource("schema/report.json").openStream()) {
        assertThat(in.readAllBytes()).containsExactly('{', '}');
      }
      assertThat(loader.getResources("schema/report.json").hasMoreElements()).isTrue();
      assertThat(loader.getResource("schema/absent.json")).isNull();
      assertThat(loader.getResourceAsStream("java/lang/Object.class"))
          .as("from the JDK")
          .isNotNull();
    }
  }

  @Test
  void says_once_on_stderr_that_one_of_its_own_classes_is_missing_from_the_jar() throws Exception {
    ByteArrayOutputStream said = new ByteArrayOutputStream();
    try (PrintStream errors = new PrintStream(said, true, StandardCharsets.UTF_8);
        AgentClassLoader loader = new AgentClassLoader(agentJar(Map.of()), errors)) {
      for (String missing :
          List.of(
              "io.lockwatch.shaded.bytebuddy.Gone", "io.lockwatch.agent.Gone", "com.example.A")) {
        assertThatThrownBy(() -> Class.forName(missing, false, loader))
            .isInstanceOf(ClassNotFoundException.class);
      }
    }
    assertThat(said.toString(StandardCharsets.UTF_8).lines())
        .singleElement()
        .satisfies(
            line ->
                assertThat(line)
                    .startsWith("[lockwatch] ERROR the agent jar lacks")
                    .contains("io.lockwatch.shaded.bytebuddy.Gone"));
  }

  @Test
  void says_nothing_of_a_class_that_is_not_the_agents() throws Exception {
    ByteArrayOutputStream said = new ByteArrayOutputStream();
    try (PrintStream errors = new PrintStream(said, true, StandardCharsets.UTF_8);
        AgentClassLoader loader = new AgentClassLoader(agentJar(Map.of()), errors)) {
      assertThatThrownBy(() -> Class.forName("com.example.A", false, loader))
          .isInstanceOf(ClassNotFoundException.class);
    }
    assertThat(said.size()).isZero();
  }

  @Test
  void is_parallel_capable() throws Exception {
    try (AgentClassLoader loader = new AgentClassLoader(agentJar(Map.of()))) {
      assertThat(loader.isRegisteredAsParallelCapable()).isTrue();
    }
  }

  private Path agentJar(Map<String, byte[]> entries) throws IOException {
    Path jar = Files.createTempFile(dir, "agent", ".jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
        out.putNextEntry(new JarEntry(entry.getKey()));
        out.write(entry.getValue());
        out.closeEntry();
      }
    }
    return jar;
  }

  private static byte[] probeBytes() throws IOException {
    try (InputStream in = Probe.class.getClassLoader().getResourceAsStream(PROBE_FILE)) {
      return in.readAllBytes();
    }
  }

  private static String stem(String classFile) {
    return classFile.substring(0, classFile.length() - ".class".length());
  }
}
