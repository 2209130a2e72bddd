package io.lockwatch.bench;

import static io.lockwatch.bench.Figures.format;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The verdicts on the memory and report targets of workloads 6 to 8, for each agent configuration:
 * heap above plain (agent heap after GC minus plain heap after GC) under 64 MB at both lock counts,
 * growth from the smaller to the larger count at most 8 MB, and each report written within its
 * target of the program's last line ({@link #REPORT_TARGETS}).
 */
final class MemoryChecks {

  /** Heap above plain, in MB, that a lock-churn run must stay under. */
  static final double MAX_HEAP_ABOVE_PLAIN_MB = 64;

  /** Growth of the heap above plain from the smaller to the larger lock count, in MB. */
  static final double MAX_GROWTH_MB = 8;

  /** A variant whose exit time is its report time, and the most that may take. */
  record ReportTarget(String variant, String what, double maxMs) {}

  /** Workload 7 and the deadlock engine's scale targets (workload 8). */
  static final List<ReportTarget> REPORT_TARGETS =
      List.of(
          new ReportTarget("report-100k-edges", "report of 10^5 edges", 2000),
          new ReportTarget(
              "deadlock-accounts", "1,000 accounts x 2 threads x 20,000 transfers", 1000),
          new ReportTarget(
              "deadlock-late-cycle",
              "10^4 locks, 64 threads, 1.6x10^6 acquisitions, 3.5x10^5 edges, a late cycle",
              5000));

  private MemoryChecks() {}

  /** One markdown list item per check, or one line saying there was nothing to check. */
  static List<String> lines(
      List<Variant> variants, List<Config> configs, List<Cell> cells, RunLog runs) {
    List<String> lines = new ArrayList<>();
    for (Config c : configs) {
      if (c.plain()) {
        continue;
      }
      for (String mode : new String[] {"alone", "nested"}) {
        churn(mode, variants, c, cells).ifPresent(lines::add);
      }
      for (ReportTarget target : REPORT_TARGETS) {
        Cell report = Cell.find(cells, target.variant(), c);
        if (report != null && !report.na()) {
          lines.add(reportLine(target, report, c, runs));
        }
      }
    }
    if (lines.isEmpty()) {
      lines.add("(no workload 6/7/8 runs under the agent)");
    }
    return lines;
  }

  private static Optional<String> churn(
      String mode, List<Variant> variants, Config c, List<Cell> cells) {
    List<Variant> churn =
        variants.stream()
            .filter(v -> v.name().startsWith("churn-" + mode + "-"))
            .sorted(Comparator.comparingLong(Variant::locks))
            .collect(Collectors.toList());
    if (churn.isEmpty()) {
      return Optional.empty();
    }
    Variant small = churn.get(0);
    Variant large = churn.get(churn.size() - 1);
    Cell agentSmall = Cell.find(cells, small.name(), c);
    Cell agentLarge = Cell.find(cells, large.name(), c);
    if (agentSmall == null || agentSmall.na()) {
      return Optional.empty();
    }
    Cell plainSmall = Cell.find(cells, small.name(), Config.PLAIN);
    Cell plainLarge = Cell.find(cells, large.name(), Config.PLAIN);
    double overSmall = above(agentSmall, plainSmall, false);
    double overLarge = above(agentLarge, plainLarge, false);
    double settledSmall = above(agentSmall, plainSmall, true);
    double settledLarge = above(agentLarge, plainLarge, true);
    double growth = overLarge - overSmall;
    return Optional.of(
        String.format(
            Locale.ROOT,
            "- churn %s, %s: heap above plain after GC %s MB at %s locks, %s MB at %s [< 64 MB:"
                + " %s]; growth %s MB [≤ 8 MB: %s]. After one more lock and GC: %s / %s MB, growth"
                + " %s MB",
            mode,
            c.label(),
            format(overSmall, "%.1f"),
            Matrix.countName(small.locks()),
            format(overLarge, "%.1f"),
            Matrix.countName(large.locks()),
            verdict(Math.max(overSmall, overLarge) < MAX_HEAP_ABOVE_PLAIN_MB, overSmall, overLarge),
            format(growth, "%+.1f"),
            verdict(growth <= MAX_GROWTH_MB, growth),
            format(settledSmall, "%.1f"),
            format(settledLarge, "%.1f"),
            format(settledLarge - settledSmall, "%+.1f")));
  }

  private static String reportLine(ReportTarget target, Cell report, Config c, RunLog runs) {
    String note =
        runs.of(report.variant(), c).stream()
            .filter(r -> r.status() == Run.Status.OK)
            .map(Run::note)
            .filter(n -> n != null && !n.isEmpty())
            .findFirst()
            .map(n -> " (" + n + ")")
            .orElse("");
    return String.format(
        Locale.ROOT,
        "- %s, %s: exit %s ms after the program's last line [< %.0f ms: %s]%s",
        target.what(),
        c.label(),
        format(report.exitMs(), "%.0f"),
        target.maxMs(),
        verdict(report.exitMs() < target.maxMs(), report.exitMs()),
        note);
  }

  /** The agent cell's heap minus the plain cell's, in MB (settled: after one more lock). */
  static double above(Cell agent, Cell plain, boolean settled) {
    if (agent == null || plain == null || agent.na()) {
      return Double.NaN;
    }
    return settled
        ? agent.heapAfterNextLockMb() - plain.heapAfterNextLockMb()
        : agent.heapMb() - plain.heapMb();
  }

  /** {@code ok} or {@code MISS}; {@code ?} when an input is missing. */
  static String verdict(boolean ok, double... inputs) {
    for (double d : inputs) {
      if (Double.isNaN(d)) {
        return "?";
      }
    }
    return ok ? "ok" : "MISS";
  }
}
