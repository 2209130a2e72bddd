package io.lockwatch.testkit;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * How to launch a program in a child JVM, by default under {@code -javaagent:} with the real agent
 * jar and {@code report=} pointing at a fresh file. Every setter returns the builder:
 *
 * <pre>{@code
 * AgentJvmResult run = AgentJvm.of(UnorderedLocking.class).agentOptions("races=off").run();
 * assertThat(run.exitCode()).isZero();
 * assertThat(run.report()).hasSingleCycle().ofKind("deadlock");
 * }</pre>
 *
 * <p>Each run leaves {@code <name>.json} (the report), {@code <name>.out} and {@code <name>.err} in
 * its directory ({@link TestPaths#runsDir()} unless {@link #in} says otherwise), which is also its
 * working directory unless {@link #workingDirectory} names another. Output goes to files, not
 * pipes, so a chatty child never blocks on a full pipe; a stdout watched line by line ({@link
 * #onOutputLine}) goes through a pipe that a thread of the kit drains into the same file. The java
 * binary is {@link TestPaths#javaBinary()} (honouring {@code lockwatch.test.java}) unless {@link
 * #java} names another.
 */
public final class AgentJvm {
  private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
  private static final AtomicInteger RUNS = new AtomicInteger();

  private final String mainClass;
  private final Path jar;
  private final List<Path> classPath = new ArrayList<>();
  private final List<String> args = new ArrayList<>();
  private final List<String> jvmOptions = new ArrayList<>();
  private final Map<String, String> env = new LinkedHashMap<>();
  private String agentOptions = "";
  private boolean addReportOption = true;
  private boolean withAgent = true;
  private Path agentJar;
  private Path java;
  private String stdin;
  private Duration timeout = DEFAULT_TIMEOUT;
  private Path directory;
  private Path workingDirectory;
  private String name;
  private Consumer<String> outputListener;

  private AgentJvm(String mainClass, Path jar) {
    this.mainClass = mainClass;
    this.jar = jar;
  }

  /** A run of this main class, with the class path entry it was loaded from as class path. */
  public static AgentJvm of(Class<?> mainClass) {
    return new AgentJvm(mainClass.getName(), null).classPath(TestPaths.classPathEntryOf(mainClass));
  }

  /** A run of the main class of this name; give its class path with {@link #classPath}. */
  public static AgentJvm of(String mainClassName) {
    return new AgentJvm(mainClassName, null);
  }

  /** A run of {@code java -jar <jar>}. */
  public static AgentJvm ofJar(Path jar) {
    return new AgentJvm(null, jar.toAbsolutePath());
  }

  /** The application's class path, replacing what was set before. */
  public AgentJvm classPath(Path... entries) {
    classPath.clear();
    classPath.addAll(List.of(entries));
    return this;
  }

  /** Arguments for the program's {@code main}. */
  public AgentJvm args(String... arguments) {
    args.addAll(List.of(arguments));
    return this;
  }

  /** Agent options besides {@code report}, as {@code key=value,...}; the kit adds the report. */
  public AgentJvm agentOptions(String options) {
    this.agentOptions = options;
    this.addReportOption = true;
    return this;
  }

  /**
   * The whole agent option string, exactly as given: the kit adds no {@code report=}, so {@link
   * AgentJvmResult#report()} has no file to read. For tests of the options themselves.
   */
  public AgentJvm exactAgentOptions(String options) {
    this.agentOptions = options;
    this.addReportOption = false;
    return this;
  }

  /** Runs the program plainly, without {@code -javaagent}. */
  public AgentJvm withoutAgent() {
    this.withAgent = false;
    return this;
  }

  /** The agent jar, instead of {@link TestPaths#agentJar()}. */
  public AgentJvm agentJar(Path path) {
    this.agentJar = path.toAbsolutePath().normalize();
    return this;
  }

  /** The java binary (or JDK home), instead of {@link TestPaths#javaBinary()}. */
  public AgentJvm java(Path binaryOrHome) {
    this.java = TestPaths.javaOf(binaryOrHome);
    return this;
  }

  /** JVM options, placed before {@code -javaagent}. */
  public AgentJvm jvmOptions(String... options) {
    jvmOptions.addAll(List.of(options));
    return this;
  }

  /** An environment variable of the child, besides those it inherits. */
  public AgentJvm env(String key, String value) {
    env.put(key, value);
    return this;
  }

  /**
   * What the program reads on standard input, all of it, then end of input. Without it, stdin is a
   * pipe the test can write to with {@link RunningJvm#send}.
   */
  public AgentJvm stdin(String text) {
    this.stdin = text;
    return this;
  }

  /** How long {@link #run} waits for the JVM to end before it kills it and fails (60 s). */
  public AgentJvm timeout(Duration limit) {
    this.timeout = limit;
    return this;
  }

  /** The directory for this run's files, also its working directory. */
  public AgentJvm in(Path dir) {
    this.directory = dir.toAbsolutePath().normalize();
    return this;
  }

  /**
   * The child's working directory, instead of the run's directory (where its files still go): for
   * programs that resolve relative paths of their command line as their caller does.
   */
  public AgentJvm workingDirectory(Path dir) {
    this.workingDirectory = dir.toAbsolutePath().normalize();
    return this;
  }

  /**
   * Hands every line of the child's stdout, as it comes, to {@code listener}, which runs on a
   * thread of the kit and should be quick. The lines still go to {@code <name>.out}; the handle
   * then also knows when the last one came ({@link RunningJvm#lastOutputAt}). A listener that
   * throws is called no more, and the handle's result fails with what it threw.
   */
  public AgentJvm onOutputLine(Consumer<String> listener) {
    this.outputListener = listener;
    return this;
  }

  /** The stem of this run's file names ({@code <name>.json}); unique per test JVM by default. */
  public AgentJvm named(String stem) {
    this.name = stem;
    return this;
  }

  /** Launches the JVM, waits for it (at most the timeout) and captures what it left. */
  public AgentJvmResult run() {
    return start().awaitExit(timeout);
  }

  /**
   * Launches the JVM and returns at once, for programs that wait for the test (a signal, a line on
   * stdin, an attach) or never end by themselves. Closing the handle kills the JVM if it still
   * runs.
   */
  public RunningJvm start() {
    Path agent = agentJar != null ? agentJar : TestPaths.agentJar();
    if (withAgent && !Files.isRegularFile(agent)) {
      throw new AssertionError(
          "the agent jar "
              + agent
              + " does not exist: build it first (mvn -B -DskipTests package)");
    }
    Path dir = directory != null ? directory : TestPaths.runsDir();
    String stem = name != null ? name : defaultName();
    Path report = withAgent && addReportOption ? dir.resolve(stem + ".json") : null;
    Path out = dir.resolve(stem + ".out");
    Path err = dir.resolve(stem + ".err");
    List<String> command = command(agent, report);
    try {
      Files.createDirectories(dir);
      if (report != null) {
        Files.deleteIfExists(report);
      }
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .directory((workingDirectory != null ? workingDirectory : dir).toFile())
              .redirectError(err.toFile());
      if (outputListener == null) {
        builder.redirectOutput(out.toFile());
      }
      builder.environment().putAll(env);
      if (stdin != null) {
        Path in = dir.resolve(stem + ".in");
        Files.writeString(in, stdin, StandardCharsets.UTF_8);
        builder.redirectInput(in.toFile());
      }
      long started = System.nanoTime();
      Process process = builder.start();
      OutputLines lines = null;
      if (outputListener != null) {
        lines = new OutputLines(stem, process.getInputStream(), out, outputListener, started);
        lines.start();
      }
      return new RunningJvm(
          stem, command, process, new RunFiles(dir, out, err, report), started, lines);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run " + String.join(" ", command), e);
    }
  }

  private List<String> command(Path agent, Path report) {
    List<String> command = new ArrayList<>();
    command.add((java != null ? java : TestPaths.javaBinary()).toString());
    command.addAll(jvmOptions);
    if (withAgent) {
      command.add("-javaagent:" + agent + agentArgument(report));
    }
    if (jar != null) {
      command.add("-jar");
      command.add(jar.toString());
    } else {
      if (!classPath.isEmpty()) {
        command.add("-cp");
        command.add(
            classPath.stream()
                .map(entry -> entry.toAbsolutePath().toString())
                .collect(Collectors.joining(File.pathSeparator)));
      }
      command.add(mainClass);
    }
    command.addAll(args);
    return command;
  }

  /** {@code =<options>,report=<file>}, or the options as given, or nothing. */
  private String agentArgument(Path report) {
    String options = agentOptions;
    if (report != null) {
      options = (options.isEmpty() ? "" : options + ",") + "report=" + report;
    }
    return options.isEmpty() ? "" : "=" + options;
  }

  private String defaultName() {
    String program =
        jar != null
            ? jar.getFileName().toString().replaceFirst("\\.jar$", "")
            : mainClass.substring(mainClass.lastIndexOf('.') + 1);
    return program + "-" + RUNS.incrementAndGet();
  }
}
