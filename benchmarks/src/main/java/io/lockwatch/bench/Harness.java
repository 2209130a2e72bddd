package io.lockwatch.bench;

import io.lockwatch.testkit.RunningJvm;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs every workload plain, under the agent with {@code races=off} and with {@code races=on}, each
 * in a fresh child JVM ({@code -Xmx2g}, the same flags for every configuration), several times, and
 * prints a markdown table of median throughput, slowdown against plain, peak RSS, heap after GC and
 * exit time; also writes it to {@code benchmarks/target/results.md}. Run from the repository root;
 * see {@code benchmarks/README.md} for the options.
 *
 * <p>This class only orchestrates: {@link HarnessOptions} reads the command line, {@link Matrix}
 * says what runs, {@link AgentProbe} how each configuration runs, {@link WorkloadRunner} makes one
 * run, {@link ResultTable} writes the results.
 */
public final class Harness {

  /** Exit code for unusable arguments. */
  static final int USAGE_ERROR = 64;

  /** Exit code when a run failed or timed out. */
  static final int RUN_FAILED = 3;

  private final HarnessOptions options;
  private final Matrix matrix;
  private final RunLog runs = new RunLog();

  private Harness(HarnessOptions options) {
    this.options = options;
    this.matrix = new Matrix(options.quick(), options.only(), options.reps(), options.churnReps());
  }

  /** Parses the arguments, runs the benchmark and exits with 0, 1 (no jar), 3 or 64. */
  public static void main(String[] args) throws Exception {
    HarnessOptions options;
    try {
      options = HarnessOptions.parse(args);
    } catch (IllegalArgumentException bad) {
      System.err.println(bad.getMessage());
      System.err.print(HarnessOptions.usage());
      System.exit(USAGE_ERROR);
      return;
    }
    if (options.help()) {
      System.out.print(HarnessOptions.usage());
      return;
    }
    Harness h = new Harness(options);
    if (options.list()) {
      for (Variant v : h.matrix.variants()) {
        System.out.printf("%-24s workload %d  %s%n", v.name(), v.workload(), v.description());
      }
      return;
    }
    if (h.matrix.variants().isEmpty()) {
      System.err.println("no variant matches --only " + options.only());
      System.exit(USAGE_ERROR);
    }
    System.exit(h.runAll());
  }

  private int runAll() throws IOException, InterruptedException {
    if (!Files.isRegularFile(options.jar())) {
      System.err.println("harness: " + options.jar() + " is missing; build with benchmarks/run.sh");
      return 1;
    }
    Path runsDir = options.runsDir();
    Files.createDirectories(runsDir);
    long started = System.nanoTime();
    // Copies of the jars, so that a rebuild of agent/ or benchmarks/ while the benchmark runs
    // (other people work in this tree) can neither break a run nor mix two versions in one table.
    Path jar = snapshot(options.jar(), "benchmarks-under-test.jar");
    Path agent = options.agent();
    String agentDescription = agent.toString();
    if (Files.isRegularFile(agent)) {
      agentDescription =
          agent + " of " + Figures.seconds(Files.getLastModifiedTime(agent).toInstant());
      agent = snapshot(agent, "agent-under-test.jar");
    }
    ChildJvms children = new ChildJvms(options.java(), jar, agent, options.jvmArgs(), runsDir);
    List<Config> configs = Config.selected(options.configs());
    Map<String, ResolvedConfig> resolved =
        new AgentProbe(children, options.agentExtra()).resolve(configs);
    runMatrix(
        configs, resolved, new WorkloadRunner(children, options.quick(), options.timeoutSeconds()));

    ResultTable table = new ResultTable(matrix.variants(), configs, resolved, runs);
    String markdown =
        table.markdown(
            new ResultTable.Heading(
                Instant.now(),
                options.quick(),
                matrix.reps(),
                matrix.churnReps(),
                Runtime.getRuntime().availableProcessors(),
                javaVersion(children),
                options.jvmArgs(),
                agentDescription,
                (System.nanoTime() - started) / 60e9));
    System.out.println(markdown);
    Files.createDirectories(options.out().toAbsolutePath().getParent());
    Files.writeString(options.out(), markdown, StandardCharsets.UTF_8);
    Files.write(
        options.out().resolveSibling("results-runs.tsv"), table.tsv(), StandardCharsets.UTF_8);
    System.err.println(
        "harness: table written to " + options.out() + " (child logs in " + runsDir + ")");
    return runs.anyFailed() ? RUN_FAILED : 0;
  }

  /**
   * Every variant, every repetition, every configuration, interleaved (plain, off, on, plain, ...)
   * so that drift of the machine hits all configurations alike; one progress line each on stderr.
   */
  private void runMatrix(
      List<Config> configs, Map<String, ResolvedConfig> resolved, WorkloadRunner runner)
      throws IOException, InterruptedException {
    int total = matrix.variants().stream().mapToInt(matrix::repsOf).sum() * configs.size();
    int n = 0;
    for (Variant v : matrix.variants()) {
      for (int rep = 1; rep <= matrix.repsOf(v); rep++) {
        for (Config c : configs) {
          n++;
          ResolvedConfig r = resolved.get(c.key());
          Run run =
              r.available()
                  ? runner.run(v, r, rep)
                  : Run.rejected(v.name(), c.key(), rep, 0, Double.NaN, r.footnote());
          runs.add(run);
          System.err.printf(
              Locale.ROOT,
              "[%d/%d] %-22s %-10s rep %d: %s%n",
              n,
              total,
              v.name(),
              c.label(),
              rep,
              run.describe());
        }
      }
    }
  }

  private Path snapshot(Path jar, String name) throws IOException {
    Path copy = options.runsDir().toAbsolutePath().resolve(name);
    Files.copy(jar, copy, StandardCopyOption.REPLACE_EXISTING);
    return copy;
  }

  /** The second line of the children's {@code java -version}, or the java path. */
  private String javaVersion(ChildJvms children) {
    try (RunningJvm jvm = children.version().start()) {
      if (!jvm.endsWithin(Duration.ofSeconds(120))) {
        return options.java();
      }
      return jvm.awaitExit(Duration.ZERO)
          .stderr()
          .lines()
          .skip(1)
          .findFirst()
          .map(String::trim)
          .orElse(options.java());
    } catch (UncheckedIOException e) {
      return options.java();
    }
  }
}
