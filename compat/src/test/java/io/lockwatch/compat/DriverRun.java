package io.lockwatch.compat;

import io.lockwatch.report.json.ReportFormatException;
import io.lockwatch.report.json.ReportJson;
import io.lockwatch.report.model.Report;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One finished run of a driver in a child JVM, plainly or under {@code -javaagent:} with the real
 * agent jar. Each run has its own fresh working directory under {@link CompatPaths#runsDir()},
 * holding its {@code stdout.txt}, {@code stderr.txt}, {@code report.json} and the files the driver
 * writes (its first argument), kept for a look after a failure.
 */
final class DriverRun {
  private static final Duration TIMEOUT = Duration.ofSeconds(120);

  final String name;
  final List<String> command;
  final int exitCode;
  final String stdout;
  final String stderr;
  final Path reportFile;
  final Duration elapsed;

  private DriverRun(
      String name,
      List<String> command,
      int exitCode,
      String stdout,
      String stderr,
      Path reportFile,
      Duration elapsed) {
    this.name = name;
    this.command = command;
    this.exitCode = exitCode;
    this.stdout = stdout;
    this.stderr = stderr;
    this.reportFile = reportFile;
    this.elapsed = elapsed;
  }

  /** Runs {@code mainClass} without the agent. */
  static DriverRun plain(Class<?> mainClass) {
    return run(mainClass, null);
  }

  /** Runs {@code mainClass} under the agent with these options (besides {@code report}). */
  static DriverRun withAgent(Class<?> mainClass, String agentOptions) {
    return run(mainClass, agentOptions);
  }

  private static DriverRun run(Class<?> mainClass, String agentOptions) {
    boolean agent = agentOptions != null;
    Path agentJar = CompatPaths.agentJar();
    if (agent && !Files.isRegularFile(agentJar)) {
      throw new AssertionError(
          "the agent jar " + agentJar + " does not exist: build it first"
              + " (mvn -B -DskipTests install -pl reports,agent)");
    }
    Path libs = CompatPaths.driverLibs();
    if (!Files.isDirectory(libs)) {
      throw new AssertionError(
          "the drivers' libraries are not in " + libs + ": run mvn package in compat first");
    }
    String name = mainClass.getSimpleName() + (agent ? "-agent" : "-plain");
    Path dir = CompatPaths.runsDir().resolve(name);
    Path report = dir.resolve("report.json");
    Path out = dir.resolve("stdout.txt");
    Path err = dir.resolve("stderr.txt");
    Path files = dir.resolve("files");

    List<String> command = new ArrayList<>();
    command.add(CompatPaths.javaBinary().toString());
    if (agent) {
      String options = agentOptions.isEmpty() ? "" : agentOptions + ",";
      command.add("-javaagent:" + agentJar + "=" + options + "report=" + report);
    }
    command.add("-cp");
    command.add(
        CompatPaths.driverClasses() + File.pathSeparator + libs.resolve("*"));
    command.add(mainClass.getName());
    command.add(files.toString());

    try {
      deleteRecursively(dir);
      Files.createDirectories(dir);
      long start = System.nanoTime();
      // Output goes to files, not pipes, so a chatty child can never block on a full pipe.
      Process process =
          new ProcessBuilder(command)
              .directory(dir.toFile())
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .start();
      if (!process.waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly().waitFor();
        throw new AssertionError(
            String.format(
                "%s did not finish within %s and was killed%n  command: %s%n  stdout:%n%s%n"
                    + "  stderr:%n%s",
                name, TIMEOUT, String.join(" ", command), read(out), read(err)));
      }
      Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
      return new DriverRun(
          name,
          List.copyOf(command),
          process.exitValue(),
          read(out),
          read(err),
          agent ? report : null,
          elapsed);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run " + String.join(" ", command), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running " + name, e);
    }
  }

  boolean hasReport() {
    return reportFile != null && Files.isRegularFile(reportFile);
  }

  /** The parsed report; fails the test, with the run's output, when there is none or it is bad. */
  Report report() {
    if (!hasReport()) {
      throw new AssertionError("no report was written at " + reportFile + "\n" + describe());
    }
    try {
      return ReportJson.read(reportFile);
    } catch (ReportFormatException | RuntimeException e) {
      throw new AssertionError("the report " + reportFile + " cannot be read: " + e, e);
    }
  }

  /** The command, exit code and output, for failure messages. */
  String describe() {
    return String.format(
        "  command: %s%n  exit code: %d%n  stdout:%n%s%n  stderr:%n%s",
        String.join(" ", command), exitCode, indent(stdout), indent(stderr));
  }

  @Override
  public String toString() {
    return describe();
  }

  private static String indent(String text) {
    return text.lines().limit(60).map(line -> "    " + line).collect(Collectors.joining("\n"));
  }

  private static String read(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
        Files.delete(path);
      }
    }
  }
}
