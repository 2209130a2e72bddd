package io.lockwatch.agent.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.it.programs.ExecutorTasks;
import io.lockwatch.testkit.AgentJvm;
import io.lockwatch.testkit.AgentJvmResult;
import io.lockwatch.testkit.TestPaths;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bridge of another Lockwatch build already on the bootstrap class path is never reused. */
class BridgeVersionIT {
  private static final Duration LIMIT = Duration.ofSeconds(30);

  @TempDir Path dir;

  @Test
  void another_builds_bridge_on_the_boot_class_path_is_refused_with_one_line() throws IOException {
    Path olderBridge = bridgeWithout("io/lockwatch/bridge/TaskWrapping");
    AgentJvmResult plain =
        AgentJvm.of(ExecutorTasks.class).withoutAgent().in(dir).named("plain").run();
    AgentJvmResult run =
        AgentJvm.of(ExecutorTasks.class)
            .jvmOptions("-Xbootclasspath/a:" + olderBridge)
            .in(dir)
            .named("mixed")
            .timeout(LIMIT)
            .run();

    assertThat(run.exitCode()).isZero();
    assertThat(run.stdout()).isEqualTo(plain.stdout());
    assertThat(run.stderrLines())
        .filteredOn(line -> line.contains("[lockwatch]"))
        .singleElement()
        .satisfies(
            line ->
                assertThat(line)
                    .startsWith("[lockwatch] ERROR")
                    .contains("another Lockwatch build")
                    .contains("TaskWrapping"));
    assertThat(run.hasReport()).as("the agent stays inactive").isFalse();
  }

  @Test
  void the_same_builds_bridge_on_the_boot_class_path_is_used() throws IOException {
    Path sameBridge = bridgeWithout("no/such/Class");
    AgentJvmResult run =
        AgentJvm.of(ExecutorTasks.class)
            .jvmOptions("-Xbootclasspath/a:" + sameBridge)
            .in(dir)
            .timeout(LIMIT)
            .run();

    assertThat(run.exitCode()).isZero();
    assertThat(run.stderr()).doesNotContain("ERROR");
    assertThat(run.report().agentErrors()).isEmpty();
  }

  /** The agent jar's bridge classes, but those of {@code omitted} (an older build lacked it). */
  private Path bridgeWithout(String omitted) throws IOException {
    Path bridge = dir.resolve("bridge-" + omitted.hashCode() + ".jar");
    try (JarFile agent = new JarFile(TestPaths.agentJar().toFile());
        OutputStream file = Files.newOutputStream(bridge);
        JarOutputStream out = new JarOutputStream(file)) {
      for (JarEntry entry : Collections.list(agent.entries())) {
        String name = entry.getName();
        if (name.startsWith("io/lockwatch/bridge/")
            && name.endsWith(".class")
            && !name.startsWith(omitted)) {
          out.putNextEntry(new JarEntry(name));
          try (InputStream in = agent.getInputStream(entry)) {
            in.transferTo(out);
          }
          out.closeEntry();
        }
      }
    }
    return bridge;
  }
}
