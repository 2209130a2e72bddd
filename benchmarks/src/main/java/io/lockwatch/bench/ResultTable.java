package io.lockwatch.bench;

import static io.lockwatch.bench.Figures.format;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The harness's output: the markdown report (summary table, footnotes, failed runs, memory and
 * report checks, every run) and the raw runs as tab-separated values.
 */
final class ResultTable {

  /**
   * What the line under the title says about the whole benchmark.
   *
   * @param at when the table was made
   * @param quick whether the phases were the short ones
   * @param reps repetitions per cell
   * @param churnReps repetitions of the lock-churn cells
   * @param cores the machine's cores
   * @param javaVersion the children's {@code java -version} (its second line)
   * @param jvmArgs the extra child JVM flags
   * @param agent the agent jar and its build time
   * @param minutes how long the benchmark took
   */
  record Heading(
      Instant at,
      boolean quick,
      int reps,
      int churnReps,
      int cores,
      String javaVersion,
      List<String> jvmArgs,
      String agent,
      double minutes) {}

  /** The columns of the raw runs file, {@code results-runs.tsv}. */
  static final String TSV_HEADER =
      String.join(
          "\t",
          "variant",
          "config",
          "rep",
          "status",
          "opsPerSec",
          "heapAfterGcBytes",
          "peakRssKb",
          "exitMs",
          "wallSeconds",
          "otherCpuPercent",
          "heapAfterNextLockBytes",
          "note");

  /** Above this share of all cores used by other processes, the table warns of noise. */
  static final double NOISY_OTHER_CPU_PERCENT = 10;

  private final List<Variant> variants;
  private final List<Config> configs;
  private final Map<String, ResolvedConfig> resolved;
  private final RunLog runs;

  /**
   * @param variants the variants run, in order
   * @param configs the configurations run, in order
   * @param resolved how each configuration ran, by key
   * @param runs every run
   */
  ResultTable(
      List<Variant> variants,
      List<Config> configs,
      Map<String, ResolvedConfig> resolved,
      RunLog runs) {
    this.variants = variants;
    this.configs = configs;
    this.resolved = resolved;
    this.runs = runs;
  }

  /** The whole markdown report. */
  String markdown(Heading heading) {
    StringWriter s = new StringWriter();
    PrintWriter w = new PrintWriter(s);
    w.println("# Lockwatch overhead benchmark");
    w.println();
    w.printf(
        Locale.ROOT,
        "%s; %s; %d rep(s) per cell (lock churn: %d); %d cores; child JVM `%s %s%s`; agent `%s`;"
            + " %.1f min.%n",
        Figures.seconds(heading.at()),
        heading.quick() ? "**quick** (short phases)" : "full phases",
        heading.reps(),
        heading.churnReps(),
        heading.cores(),
        heading.javaVersion(),
        ChildJvms.HEAP,
        heading.jvmArgs().isEmpty() ? "" : " " + String.join(" ", heading.jvmArgs()),
        heading.agent(),
        heading.minutes());
    noiseWarning(w);
    w.println();
    w.println(
        "Median ops/s over the repetitions; **slowdown** = plain median / config median (1.00x = no"
            + " overhead, target in brackets); peak RSS = highest VmHWM of any repetition; heap ="
            + " heap used after two System.gc() at the end (median); exit = time from the"
            + " program's last output line to JVM exit (report writing under the agent).");
    w.println();
    List<Cell> cells = Cell.summarise(variants, configs, runs);
    summary(w, cells);
    w.println();
    w.println("## Memory and report checks");
    w.println();
    MemoryChecks.lines(variants, configs, cells, runs).forEach(w::println);
    w.println();
    w.println("## Runs");
    w.println();
    everyRun(w);
    w.flush();
    return s.toString();
  }

  private void noiseWarning(PrintWriter w) {
    List<Double> others =
        runs.all().stream()
            .map(Run::otherCpuPercent)
            .filter(d -> !Double.isNaN(d))
            .collect(Collectors.toList());
    double worst = Stats.max(others);
    if (worst > NOISY_OTHER_CPU_PERCENT) {
      w.println();
      w.printf(
          Locale.ROOT,
          "**Warning:** other processes used CPU during the runs (median %.0f%%, worst %.0f%% of"
              + " all cores; see the last column of the Runs table): throughput numbers of those"
              + " runs are noisy.%n",
          Stats.median(others),
          worst);
    }
  }

  /** The main table, its footnotes and the failed runs. */
  private void summary(PrintWriter w, List<Cell> cells) {
    w.println(
        "| # | workload | config | ok | median ops/s | slowdown | peak RSS MB | heap after GC MB |"
            + " exit ms |");
    w.println("|---|---|---|---|---:|---:|---:|---:|---:|");
    List<String> footnotes = new ArrayList<>();
    for (Cell c : cells) {
      ResolvedConfig r = resolved.get(c.config().key());
      String label = c.config().label();
      if (r != null && r.fallback()) {
        label += " †";
        if (!footnotes.contains(r.footnote())) {
          footnotes.add(r.footnote());
        }
      }
      w.println(row(c, label));
    }
    w.println();
    for (String f : footnotes) {
      w.println("† " + f + ".");
    }
    List<String> problems =
        cells.stream()
            .filter(c -> c.problem() != null)
            .map(c -> c.variant().name() + " " + c.config().label() + ": " + c.problem())
            .collect(Collectors.toList());
    if (!problems.isEmpty()) {
      w.println();
      w.println("Failed runs:");
      problems.forEach(p -> w.println("- " + p));
    }
  }

  /** One row of the main table. */
  static String row(Cell c, String label) {
    if (c.na()) {
      return String.format(
          Locale.ROOT,
          "| %d | %s | %s | n/a | n/a | n/a | n/a | n/a | n/a |",
          c.variant().workload(),
          c.variant().name(),
          label);
    }
    return String.format(
        Locale.ROOT,
        "| %d | %s | %s | %d/%d | %s | %s | %s | %s | %s |",
        c.variant().workload(),
        c.variant().name(),
        label,
        c.ok(),
        c.total(),
        format(c.medianOps(), "%,.0f"),
        slowdown(c),
        format(c.peakRssMb(), "%.0f"),
        format(c.heapMb(), "%.1f"),
        format(c.exitMs(), "%.0f"));
  }

  /** {@code 2.61x}, with the target and its verdict where the issue sets one. */
  static String slowdown(Cell c) {
    String slowdown =
        c.config().plain()
            ? (c.ok() > 0 ? "1.00x" : Figures.MISSING)
            : format(c.slowdown(), "%.2fx");
    Double target = c.variant().maxSlowdown().get(c.config().key());
    if (target == null) {
      return slowdown;
    }
    String verdict = Double.isNaN(c.slowdown()) ? "?" : c.slowdown() <= target ? "ok" : "MISS";
    return slowdown + String.format(Locale.ROOT, " [≤%.1fx %s]", target, verdict);
  }

  private void everyRun(PrintWriter w) {
    w.println(
        "| workload | config | rep | status | ops/s | heap MB | heap after next lock MB | peak RSS"
            + " MB | exit ms | wall s | other CPU % | note |");
    w.println("|---|---|---|---|---:|---:|---:|---:|---:|---:|---:|---|");
    for (Run r : runs.all()) {
      w.printf(
          Locale.ROOT,
          "| %s | %s | %d | %s | %s | %s | %s | %s | %s | %.1f | %s | %s |%n",
          r.variant(),
          r.config(),
          r.rep(),
          r.status(),
          format(r.opsPerSec(), "%,.0f"),
          r.heapAfterGcBytes() < 0
              ? Figures.MISSING
              : format(r.heapAfterGcBytes() / 1048576.0, "%.1f"),
          r.heapAfterNextLockBytes() < 0
              ? Figures.MISSING
              : format(r.heapAfterNextLockBytes() / 1048576.0, "%.1f"),
          r.peakRssKb() <= 0 ? Figures.MISSING : format(r.peakRssKb() / 1024.0, "%.0f"),
          format(r.exitMs(), "%.0f"),
          r.wallSeconds(),
          format(r.otherCpuPercent(), "%.0f"),
          r.note() == null ? "" : r.note().replace("|", "/"));
    }
  }

  /** The raw runs: a header line, then one tab-separated line per run. */
  List<String> tsv() {
    List<String> lines = new ArrayList<>();
    lines.add(TSV_HEADER);
    for (Run r : runs.all()) {
      lines.add(
          String.join(
              "\t",
              r.variant(),
              r.config(),
              Integer.toString(r.rep()),
              r.status().name(),
              format(r.opsPerSec(), "%.1f"),
              Long.toString(r.heapAfterGcBytes()),
              Long.toString(r.peakRssKb()),
              format(r.exitMs(), "%.1f"),
              String.format(Locale.ROOT, "%.2f", r.wallSeconds()),
              format(r.otherCpuPercent(), "%.1f"),
              Long.toString(r.heapAfterNextLockBytes()),
              r.note() == null ? "" : r.note()));
    }
    return lines;
  }
}
