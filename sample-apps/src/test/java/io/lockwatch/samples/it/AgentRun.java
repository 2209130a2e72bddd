package io.lockwatch.samples.it;

import io.lockwatch.report.json.ReportFormatException;
import io.lockwatch.report.json.ReportJson;
import io.lockwatch.report.model.LockOrderCycle;
import io.lockwatch.report.model.Report;
import io.lockwatch.report.model.Summary;
import io.lockwatch.samples.SampleCatalog;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * One finished run of a program in a child JVM, by default under {@code -javaagent:} with the real
 * agent jar and {@code report=} pointing at a fresh file. Start one with {@link #of(Class)}:
 *
 * <pre>{@code
 * AgentRun run = AgentRun.of(UnorderedLocking.class).run();
 * assertThat(run.exitCode()).isZero();
 * assertThat(run.cycles()).hasSize(1);
 * }</pre>
 *
 * <p>A run that does not end within its timeout (60 s) is killed and fails the test.
 */
public final class AgentRun {
  private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
  private static final AtomicInteger RUNS = new AtomicInteger();

  private final List<String> command;
  private final int exitCode;
  private final String stdout;
  private final String stderr;
  private final Path reportFile;
  private final Duration elapsed;
  private Report report;

  private AgentRun(
      List<String> command,
      int exitCode,
      String stdout,
      String stderr,
      Path reportFile,
      Duration elapsed) {
    this.command = List.copyOf(command);
    this.exitCode = exitCode;
    this.stdout = stdout;
    this.stderr = stderr;
    this.reportFile = reportFile;
    this.elapsed = elapsed;
  }

  /** A run of this main class, on the samples' class path, under the agent with its defaults. */
  public static Builder of(Class<?> mainClass) {
    return new Builder(mainClass.getName());
  }

  /** A run of a catalogued sample, with the agent options the catalog gives it. */
  public static Builder of(SampleCatalog sample) {
    return new Builder(sample.mainClass().getName()).agentOptions(sample.agentOptions());
  }

  /** A run of the main class of this name. */
  public static Builder of(String mainClassName) {
    return new Builder(mainClassName);
  }

  /** How to launch the child JVM. Every setter returns the builder. */
  public static final class Builder {
    private final String mainClass;
    private String agentOptions = "";
    private boolean withAgent = true;
    private List<Path> classPath = List.of(TestPaths.samplesClasses());
    private final List<String> jvmOptions = new ArrayList<>();
    private Duration timeout = DEFAULT_TIMEOUT;

    private Builder(String mainClass) {
      this.mainClass = mainClass;
    }

    /** Agent options besides {@code report}, as {@code key=value,...}. */
    public Builder agentOptions(String options) {
      this.agentOptions = options;
      return this;
    }

    /** Runs the program plainly, without {@code -javaagent}. */
    public Builder withoutAgent() {
      this.withAgent = false;
      return this;
    }

    /** The application's class path, replacing the default (the samples' classes). */
    public Builder classPath(Path... entries) {
      this.classPath = List.of(entries);
      return this;
    }

    /** An extra JVM option, placed before the main class. */
    public Builder jvmOption(String option) {
      this.jvmOptions.add(option);
      return this;
    }

    public Builder timeout(Duration timeout) {
      this.timeout = timeout;
      return this;
    }

    /** Launches the JVM, waits for it and captures what it printed. */
    public AgentRun run() {
      return start().awaitExit(timeout);
    }

    /**
     * Launches the JVM and returns at once, for programs that are not expected to end by
     * themselves (a real deadlock under {@code onDeadlock=report}). Close the handle to kill it.
     */
    public Running start() {
      Path agentJar = TestPaths.agentJar();
      if (withAgent && !Files.isRegularFile(agentJar)) {
        throw new AssertionError(
            String.format(
                "the agent jar %s does not exist: build it first (mvn -B -DskipTests package)",
                agentJar));
      }
      Path java = TestPaths.javaBinary();
      Path dir = TestPaths.reportsDir();
      String name =
          mainClass.substring(mainClass.lastIndexOf('.') + 1) + "-" + RUNS.incrementAndGet();
      Path report = dir.resolve(name + ".json");
      Path out = dir.resolve(name + ".out");
      Path err = dir.resolve(name + ".err");

      List<String> command = new ArrayList<>();
      command.add(java.toString());
      if (withAgent) {
        String options = agentOptions.isEmpty() ? "" : agentOptions + ",";
        command.add("-javaagent:" + agentJar + "=" + options + "report=" + report);
      }
      command.addAll(jvmOptions);
      command.add("-cp");
      command.add(
          classPath.stream()
              .map(path -> path.toAbsolutePath().toString())
              .collect(Collectors.joining(File.pathSeparator)));
      command.add(mainClass);

      try {
        Files.createDirectories(dir);
        Files.deleteIfExists(report);
        long start = System.nanoTime();
        // Output goes to files, not pipes, so a chatty child can never block on a full pipe.
        Process process =
            new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        return new Running(
            mainClass, command, process, out, err, withAgent ? report : null, start);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot run " + String.join(" ", command), e);
      }
    }
  }

  /** A child JVM that is still running, or may be. Closing it kills it if it still runs. */
  public static final class Running implements AutoCloseable {
    private final String mainClass;
    private final List<String> command;
    private final Process process;
    private final Path out;
    private final Path err;
    private final Path reportFile;
    private final long startNanos;

    private Running(
        String mainClass,
        List<String> command,
        Process process,
        Path out,
        Path err,
        Path reportFile,
        long startNanos) {
      this.mainClass = mainClass;
      this.command = command;
      this.process = process;
      this.out = out;
      this.err = err;
      this.reportFile = reportFile;
      this.startNanos = startNanos;
    }

    public boolean isAlive() {
      return process.isAlive();
    }

    /** Time since the JVM was launched. */
    public Duration elapsed() {
      return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    public Path reportFile() {
      return reportFile;
    }

    /**
     * Polls the report file until it exists, reads, and satisfies {@code ready}, for at most
     * {@code timeout}; returns it, or null when it never did.
     */
    public Report awaitReport(Duration timeout, Predicate<Report> ready) {
      long deadline = System.nanoTime() + timeout.toNanos();
      do {
        if (reportFile != null && Files.isRegularFile(reportFile)) {
          try {
            Report report = ReportJson.read(reportFile);
            if (ready.test(report)) {
              return report;
            }
          } catch (ReportFormatException | RuntimeException notYet) {
            // written atomically, so this should not happen; look again
          }
        }
        try {
          Thread.sleep(50);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return null;
        }
      } while (System.nanoTime() < deadline);
      return null;
    }

    /** Waits for the JVM to end; kills it and fails the test when it outlives the timeout. */
    public AgentRun awaitExit(Duration timeout) {
      try {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
          process.destroyForcibly().waitFor();
          throw new AssertionError(
              String.format(
                  "%s did not finish within %s and was killed%n  command: %s%n  stdout:%n%s%n "
                      + " stderr:%n%s",
                  mainClass, timeout, String.join(" ", command), read(out), read(err)));
        }
        return finished();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while running " + mainClass, e);
      }
    }

    /** Kills the JVM (if it still runs) and returns what it did until then. */
    public AgentRun kill() {
      try {
        process.destroyForcibly().waitFor();
        return finished();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while killing " + mainClass, e);
      }
    }

    @Override
    public void close() {
      if (process.isAlive()) {
        kill();
      }
    }

    private AgentRun finished() {
      Duration elapsed = elapsed();
      return new AgentRun(
          command, process.exitValue(), read(out), read(err), reportFile, elapsed);
    }

    private static String read(Path file) {
      try {
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
    }
  }

  public int exitCode() {
    return exitCode;
  }

  public String stdout() {
    return stdout;
  }

  public String stderr() {
    return stderr;
  }

  /** The non-blank lines of stderr. */
  public List<String> stderrLines() {
    return stderr.lines().filter(line -> !line.isBlank()).collect(Collectors.toList());
  }

  public Duration elapsed() {
    return elapsed;
  }

  /** The report file the agent was told to write (it may not exist), or null without agent. */
  public Path reportFile() {
    return reportFile;
  }

  public boolean hasReport() {
    return reportFile != null && Files.isRegularFile(reportFile);
  }

  /** The parsed report; fails the test, with the run's output, when there is none or it is bad. */
  public synchronized Report report() {
    if (report == null) {
      if (!hasReport()) {
        throw new AssertionError(
            String.format("no report was written at %s%n%s", reportFile, describe()));
      }
      try {
        report = ReportJson.read(reportFile);
      } catch (ReportFormatException | RuntimeException e) {
        throw new AssertionError(
            String.format("the report %s cannot be read: %s%n%s", reportFile, e, describe()), e);
      }
    }
    return report;
  }

  public List<LockOrderCycle> cycles() {
    return report().lockOrderCycles();
  }

  public Summary summary() {
    return report().summary();
  }

  /** {@code summary.cyclesFiltered[filter]}, 0 when absent. */
  public long cyclesFiltered(String filter) {
    Map<String, Long> filtered = summary().cyclesFiltered();
    Long count = filtered == null ? null : filtered.get(filter);
    return count == null ? 0 : count;
  }

  /** The command, exit code, output and report path, for failure messages. */
  public String describe() {
    return String.format(
        "  command: %s%n  exit code: %d%n  stdout:%n%s%n  stderr:%n%s%n  report: %s",
        String.join(" ", command), exitCode, indent(stdout), indent(stderr), reportFile);
  }

  @Override
  public String toString() {
    return describe();
  }

  private static String indent(String text) {
    return text.lines().map(line -> "    " + line).collect(Collectors.joining("\n"));
  }
}
