package io.lockwatch.samples;

import io.lockwatch.report.model.LockOrderCycle;
import io.lockwatch.report.model.ObservedDeadlock;
import io.lockwatch.report.model.Report;
import io.lockwatch.testkit.AgentJvm;
import io.lockwatch.testkit.AgentJvmResult;
import io.lockwatch.testkit.RunningJvm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Runs every sample of the {@link SampleCatalog} under the agent, each in its own JVM, and prints
 * one line per sample: its name, {@code OK} or {@code UNEXPECTED}, what the report says, and where
 * the report is.
 *
 * <p>Usage: {@code SampleRunner <agent jar> <reports dir> [sample name...]}. Exits 0 when every run
 * wrote a readable report (whatever it found), 1 otherwise. A sample is {@code OK} when {@link
 * Verdict} finds nothing to say: the report shows every {@code // @expect:} statement of the
 * sample's source, and nothing it does not expect.
 *
 * <p>The samples run with this class's own classes directory as their only class path, so they
 * never see the Gson this runner reads reports with. Each leaves {@code <name>.json}, {@code
 * <name>.out} and {@code <name>.err} in the reports directory.
 */
public final class SampleRunner {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final Path agentJar;
  private final Path reportsDir;

  private SampleRunner(Path agentJar, Path reportsDir) {
    this.agentJar = agentJar.toAbsolutePath().normalize();
    this.reportsDir = reportsDir.toAbsolutePath().normalize();
  }

  public static void main(String[] args) {
    if (args.length < 2) {
      System.err.println("usage: SampleRunner <agent jar> <reports dir> [sample name...]");
      System.exit(1);
    }
    Path agentJar = Path.of(args[0]);
    if (!Files.isRegularFile(agentJar)) {
      System.err.println("agent jar not found: " + agentJar + " (build it: mvn -pl agent package)");
      System.exit(1);
    }
    List<String> only = Arrays.asList(args).subList(2, args.length);
    for (String name : only) {
      if (SampleCatalog.named(name).isEmpty()) {
        System.err.println("no sample named " + name);
        System.exit(1);
      }
    }
    SampleRunner runner = new SampleRunner(agentJar, Path.of(args[1]));

    int width = 0;
    for (SampleCatalog sample : SampleCatalog.values()) {
      width = Math.max(width, sample.sampleName().length());
    }
    int ran = 0;
    int withoutReport = 0;
    int unexpected = 0;
    for (SampleCatalog sample : SampleCatalog.values()) {
      if (!only.isEmpty() && !only.contains(sample.sampleName())) {
        continue;
      }
      Outcome outcome = runner.run(sample);
      ran++;
      withoutReport += outcome.hasReport() ? 0 : 1;
      unexpected += outcome.ok() ? 0 : 1;
      System.out.println(
          String.format(
              "%-" + width + "s  %-10s  %s  %s",
              sample.sampleName(),
              outcome.ok() ? "OK" : "UNEXPECTED",
              outcome.found(),
              shortPath(outcome.reportPath())));
    }
    System.out.printf(
        "%d samples: %d as expected, %d unexpected, %d without a report%n",
        ran, ran - unexpected, unexpected, withoutReport);
    System.exit(withoutReport == 0 ? 0 : 1);
  }

  /** What one sample's run produced. */
  private record Outcome(boolean hasReport, boolean ok, String found, Path reportPath) {}

  private Outcome run(SampleCatalog sample) {
    String name = sample.sampleName();
    Path report = reportsDir.resolve(name + ".json");
    AgentJvmResult run;
    try (RunningJvm jvm =
        AgentJvm.of(sample.mainClass())
            .agentJar(agentJar)
            .agentOptions(sample.agentOptions())
            .in(reportsDir)
            .named(name)
            .start()) {
      if (!jvm.endsWithin(TIMEOUT)) {
        return new Outcome(
            false,
            false,
            "TIMEOUT after " + TIMEOUT.toSeconds() + " s (see " + name + ".err)",
            report);
      }
      run = jvm.awaitExit(Duration.ZERO);
    }
    if (!run.hasReport()) {
      return new Outcome(
          false, false, "NO REPORT, exit code " + run.exitCode() + firstLineOf(run), report);
    }
    Report parsed;
    try {
      parsed = run.report();
    } catch (AssertionError unreadable) {
      return new Outcome(false, false, "UNREADABLE REPORT: " + unreadable.getCause(), report);
    }
    List<String> problems = Verdict.problems(sample, run);
    String found = describe(parsed);
    if (!problems.isEmpty()) {
      found += " -- " + String.join("; ", problems);
    }
    return new Outcome(true, problems.isEmpty(), found, report);
  }

  /** One line: the findings, or what the agent saw when it found nothing. */
  private static String describe(Report report) {
    StringJoiner found = new StringJoiner("; ");
    List<LockOrderCycle> cycles = nonNull(report.lockOrderCycles());
    if (!cycles.isEmpty()) {
      LockOrderCycle first = cycles.get(0);
      String more = cycles.size() > 1 ? " (+" + (cycles.size() - 1) + " more)" : "";
      found.add(
          count(cycles.size(), "lock-order cycle")
              + ": "
              + first.chain()
              + " ["
              + first.kind()
              + ", "
              + first.severity()
              + "]"
              + more);
    }
    List<ObservedDeadlock> deadlocks = nonNull(report.observedDeadlocks());
    if (!deadlocks.isEmpty()) {
      ObservedDeadlock first = deadlocks.get(0);
      found.add(
          count(deadlocks.size(), "observed deadlock")
              + " (by "
              + first.detectedBy()
              + ": "
              + first.threads().stream()
                  .map(ObservedDeadlock.DeadlockedThread::name)
                  .collect(Collectors.joining(", "))
              + ")");
    }
    listed(
        found,
        "wait hazard",
        nonNull(report.waitHazards()),
        h -> h.waitKind() + " holding " + h.lockHeld());
    listed(
        found,
        "unguarded field",
        nonNull(report.unguardedFields()),
        f -> f.field() + (f.observedRace() ? "" : " predicted"));
    if (found.length() == 0) {
      StringBuilder seen = new StringBuilder("no findings");
      if (report.summary() != null) {
        seen.append(" (").append(report.summary().acquisitions()).append(" acquisitions");
        if (report.summary().fieldAccesses() > 0) {
          seen.append(", ").append(report.summary().fieldAccesses()).append(" field accesses");
        }
        Map<String, Long> filtered = report.summary().cyclesFiltered();
        if (filtered != null) {
          filtered.forEach(
              (filter, count) -> {
                if (count != null && count > 0) {
                  seen.append(", ").append(filter).append(" filtered ").append(count);
                }
              });
        }
        seen.append(")");
      }
      return seen.toString();
    }
    return found.toString();
  }

  /**
   * Adds {@code 2 wait hazards (what, what)} to {@code found}, each entry said by {@code what} and
   * said once; nothing when there are no entries.
   */
  private static <T> void listed(
      StringJoiner found, String noun, List<T> entries, Function<T, String> what) {
    if (!entries.isEmpty()) {
      found.add(
          count(entries.size(), noun)
              + " ("
              + entries.stream().map(what).distinct().collect(Collectors.joining(", "))
              + ")");
    }
  }

  /** {@code 1 wait hazard}, {@code 2 wait hazards}. */
  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** The path relative to the working directory when it is inside it. */
  private static Path shortPath(Path path) {
    Path here = Path.of("").toAbsolutePath();
    return path.startsWith(here) ? here.relativize(path) : path;
  }

  private static <T> List<T> nonNull(List<T> list) {
    return list == null ? List.of() : list;
  }

  private static String firstLineOf(AgentJvmResult run) {
    return run.stderrLines().stream().findFirst().map(line -> ": " + line.strip()).orElse("");
  }
}
