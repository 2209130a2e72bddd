package io.lockwatch.samples;

import io.lockwatch.report.json.ReportFormatException;
import io.lockwatch.report.json.ReportJson;
import io.lockwatch.report.model.LockOrderCycle;
import io.lockwatch.report.model.ObservedDeadlock;
import io.lockwatch.report.model.Report;
import io.lockwatch.report.model.UnguardedField;
import io.lockwatch.report.model.WaitHazard;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Runs every sample of the {@link SampleCatalog} under the agent, each in its own JVM, and prints
 * one line per sample: its name, {@code OK} or {@code UNEXPECTED}, what the report says, and where
 * the report is.
 *
 * <p>Usage: {@code SampleRunner <agent jar> <reports dir> [sample name...]}. Exits 0 when every run
 * wrote a readable report (whatever it found), 1 otherwise. A sample is {@code OK} when {@link
 * Verdict} finds nothing to say: every section has its expected count, the JVM ended with the
 * expected exit code (86 for the deadlock demos, which run with {@code onDeadlock=exit}), and the
 * summary shows the agent saw the sample's activity.
 *
 * <p>The samples run with this class's own classes directory as their only class path, so they
 * never see the Gson this runner reads reports with.
 */
public final class SampleRunner {
  private static final long TIMEOUT_SECONDS = 30;

  private final Path agentJar;
  private final Path reportsDir;
  private final Path javaBinary;
  private final Path samplesClasses;

  private SampleRunner(Path agentJar, Path reportsDir) {
    this.agentJar = agentJar.toAbsolutePath().normalize();
    this.reportsDir = reportsDir.toAbsolutePath().normalize();
    this.javaBinary = Path.of(System.getProperty("java.home"), "bin", "java");
    this.samplesClasses = ownClassesDirectory();
  }

  public static void main(String[] args) throws IOException, InterruptedException {
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
      if (Arrays.stream(SampleCatalog.values()).noneMatch(s -> s.sampleName().equals(name))) {
        System.err.println("no sample named " + name);
        System.exit(1);
      }
    }
    SampleRunner runner = new SampleRunner(agentJar, Path.of(args[1]));
    Files.createDirectories(runner.reportsDir);

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

  private Outcome run(SampleCatalog sample) throws IOException, InterruptedException {
    String name = sample.sampleName();
    Path report = reportsDir.resolve(name + ".json");
    Path out = reportsDir.resolve(name + ".out");
    Path err = reportsDir.resolve(name + ".err");
    Files.deleteIfExists(report);

    String options = sample.agentOptions().isEmpty() ? "" : sample.agentOptions() + ",";
    List<String> command = new ArrayList<>();
    command.add(javaBinary.toString());
    command.add("-javaagent:" + agentJar + "=" + options + "report=" + report);
    command.add("-cp");
    command.add(samplesClasses.toString());
    command.add(sample.mainClass().getName());

    Process process =
        new ProcessBuilder(command)
            .directory(reportsDir.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
      return new Outcome(
          false,
          false,
          "TIMEOUT after " + TIMEOUT_SECONDS + " s (see " + err.getFileName() + ")",
          report);
    }
    int exit = process.exitValue();
    if (!Files.exists(report)) {
      return new Outcome(false, false, "NO REPORT, exit code " + exit + firstLineOf(err), report);
    }
    Report parsed;
    try {
      parsed = ReportJson.read(report);
    } catch (ReportFormatException | RuntimeException e) {
      return new Outcome(false, false, "UNREADABLE REPORT: " + e, report);
    }
    List<String> problems = Verdict.problems(sample.expected(), parsed, exit);
    String found = describe(parsed);
    if (!problems.isEmpty()) {
      found += " -- " + String.join("; ", problems) + " -- expected " + sample.expected().words();
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
          ReportSection.LOCK_ORDER_CYCLES.describe(cycles.size())
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
          ReportSection.OBSERVED_DEADLOCKS.describe(deadlocks.size())
              + " (by "
              + first.detectedBy()
              + ": "
              + first.threads().stream()
                  .map(ObservedDeadlock.DeadlockedThread::name)
                  .collect(Collectors.joining(", "))
              + ")");
    }
    List<WaitHazard> hazards = nonNull(report.waitHazards());
    if (!hazards.isEmpty()) {
      found.add(
          ReportSection.WAIT_HAZARDS.describe(hazards.size())
              + " ("
              + hazards.stream()
                  .map(h -> h.waitKind() + " holding " + h.lockHeld())
                  .distinct()
                  .collect(Collectors.joining(", "))
              + ")");
    }
    List<UnguardedField> fields = nonNull(report.unguardedFields());
    if (!fields.isEmpty()) {
      found.add(
          ReportSection.UNGUARDED_FIELDS.describe(fields.size())
              + " ("
              + fields.stream()
                  .map(f -> f.field() + (f.observedRace() ? "" : " predicted"))
                  .collect(Collectors.joining(", "))
              + ")");
    }
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

  /** The path relative to the working directory when it is inside it. */
  private static Path shortPath(Path path) {
    Path here = Path.of("").toAbsolutePath();
    return path.startsWith(here) ? here.relativize(path) : path;
  }

  private static <T> List<T> nonNull(List<T> list) {
    return list == null ? List.of() : list;
  }

  private static String firstLineOf(Path file) throws IOException {
    if (!Files.exists(file)) {
      return "";
    }
    return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
        .filter(line -> !line.isBlank())
        .findFirst()
        .map(line -> ": " + line.strip())
        .orElse("");
  }

  /** The directory (or jar) this class was loaded from: the samples' only class path entry. */
  private static Path ownClassesDirectory() {
    try {
      return Path.of(
          SampleRunner.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot tell where the sample classes are", e);
    }
  }
}
