package io.lockwatch.agent.it;

import io.lockwatch.report.json.ReportJson;
import io.lockwatch.report.model.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Launches a test program in a child JVM under the real agent jar, and reads what it left. */
final class ChildJvm {
  static final Path AGENT_JAR =
      Path.of(System.getProperty("lockwatch.agent.jar", "target/lockwatch-agent.jar")).toAbsolutePath();
  static final Path TEST_CLASSES = Path.of("target/test-classes").toAbsolutePath();

  final Process process;
  final Path stdout;
  final Path stderr;

  private ChildJvm(Process process, Path stdout, Path stderr) {
    this.process = process;
    this.stdout = stdout;
    this.stderr = stderr;
  }

  /** Starts {@code mainClass} with {@code -javaagent:<jar>=<options>} (no agent when null). */
  static ChildJvm start(Path dir, String agentOptions, String mainClass) throws IOException {
    return startWithJvmOptions(dir, agentOptions, mainClass);
  }

  /** Like {@link #start}, with extra JVM options before the agent. */
  static ChildJvm startWithJvmOptions(Path dir, String agentOptions, String mainClass, String... jvmOptions)
      throws IOException {
    return launch(dir, javaBinary(), TEST_CLASSES, agentOptions, mainClass, jvmOptions);
  }

  /** Like {@link #start}, with another {@code java} launcher and class path. */
  static ChildJvm startWith(Path dir, String java, Path classPath, String agentOptions, String mainClass)
      throws IOException {
    return launch(dir, java, classPath, agentOptions, mainClass);
  }

  private static ChildJvm launch(
      Path dir, String java, Path classPath, String agentOptions, String mainClass, String... jvmOptions)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(java);
    command.addAll(List.of(jvmOptions));
    if (agentOptions != null) {
      command.add("-javaagent:" + AGENT_JAR + (agentOptions.isEmpty() ? "" : "=" + agentOptions));
    }
    command.add("-cp");
    command.add(classPath.toString());
    command.addAll(List.of(mainClass.split(" ")));
    Files.createDirectories(dir);
    Path out = dir.resolve("stdout.txt");
    Path err = dir.resolve("stderr.txt");
    Process process =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    return new ChildJvm(process, out, err);
  }

  static String javaBinary() {
    String configured = System.getProperty("lockwatch.test.java", "");
    return configured.isBlank()
        ? Path.of(System.getProperty("java.home"), "bin", "java").toString()
        : configured;
  }

  /** Waits for the JVM to end and returns its exit code; fails after {@code seconds}. */
  int waitFor(int seconds) throws InterruptedException {
    if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("the child JVM did not end within " + seconds + " s");
    }
    return process.exitValue();
  }

  /** Waits until stdout contains {@code text}. */
  void awaitOutput(String text, int seconds) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (System.nanoTime() < deadline) {
      if (stdout().contains(text)) {
        return;
      }
      if (!process.isAlive()) {
        throw new AssertionError("the child JVM ended before printing " + text + ": " + stderr());
      }
      Thread.sleep(20);
    }
    throw new AssertionError("no '" + text + "' within " + seconds + " s; stderr: " + stderr());
  }

  String stdout() throws IOException {
    return Files.readString(stdout, StandardCharsets.UTF_8);
  }

  String stderr() throws IOException {
    return Files.readString(stderr, StandardCharsets.UTF_8);
  }

  static Report report(Path file) throws Exception {
    return ReportJson.read(file);
  }
}
