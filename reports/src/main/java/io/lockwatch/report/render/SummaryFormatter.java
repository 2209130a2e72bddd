package io.lockwatch.report.render;

import io.lockwatch.report.check.Finding;
import io.lockwatch.report.check.FindingCategory;
import io.lockwatch.report.check.Findings;
import io.lockwatch.report.model.AgentError;
import io.lockwatch.report.model.Report;
import io.lockwatch.report.model.RunInfo;
import io.lockwatch.report.model.Summary;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The human summary of a report: what ran, what the agent saw, and each finding in one or two lines
 * with its sites as {@code File.java:line}.
 */
public final class SummaryFormatter {
  /** Agent errors listed one by one at most; the rest are counted. */
  static final int MAX_AGENT_ERRORS = 5;

  private SummaryFormatter() {}

  /** The whole summary of {@code report}, read from {@code source}. */
  public static String format(Report report, String source) {
    return header(report, source) + findings(Findings.of(report), f -> "");
  }

  /** The lines about the run and its counts, and the agent errors if any. */
  public static String header(Report report, String source) {
    RunInfo run = report.run();
    Summary s = report.summary();
    StringBuilder out = new StringBuilder();
    out.append("Lockwatch report ").append(source).append('\n');
    out.append("  run:      ")
        .append("merge".equals(run.reason()) ? run.command() : "pid " + run.pid())
        .append(", Java ")
        .append(run.javaVersion())
        .append(", agent ")
        .append(run.agentVersion())
        .append(", ended by ")
        .append(run.reason())
        .append(" at ")
        .append(run.endedAt())
        .append('\n');
    out.append("  seen:     ")
        .append(s.classesInstrumented())
        .append(" classes instrumented, ")
        .append(s.locksSeen())
        .append(" locks, ")
        .append(s.acquisitions())
        .append(" acquisitions, ")
        .append(s.edges())
        .append(" lock-order edges\n");
    long filtered = s.cyclesFiltered().values().stream().mapToLong(Long::longValue).sum();
    out.append("  cycles:   ")
        .append(s.cyclesFound())
        .append(" found, ")
        .append(filtered)
        .append(" filtered");
    if (!s.cyclesFiltered().isEmpty()) {
      out.append(" (")
          .append(
              s.cyclesFiltered().entrySet().stream()
                  .map(e -> e.getKey() + " " + e.getValue())
                  .collect(Collectors.joining(", ")))
          .append(')');
    }
    out.append(", ").append(s.cyclesReported()).append(" reported\n");
    out.append("  findings: ")
        .append(FindingCategory.DEADLOCKS.count(report.observedDeadlocks().size()))
        .append(", ")
        .append(FindingCategory.CYCLES.count(report.lockOrderCycles().size()))
        .append(", ")
        .append(FindingCategory.RACES.count(report.unguardedFields().size()))
        .append(", ")
        .append(FindingCategory.HAZARDS.count(report.waitHazards().size()))
        .append('\n');
    List<AgentError> errors = report.agentErrors();
    if (s.agentErrors() > 0 || !errors.isEmpty()) {
      out.append("  agent errors: ")
          .append(s.agentErrors())
          .append(" (the agent absorbed them; results may be incomplete)\n");
      errors.stream()
          .limit(MAX_AGENT_ERRORS)
          .forEach(
              e ->
                  out.append("    ")
                      .append(e.kind())
                      .append(" in ")
                      .append(e.where() == null ? "?" : e.where())
                      .append(": ")
                      .append(e.message() == null ? "(no message)" : e.message())
                      .append(e.count() > 1 ? " (" + e.count() + " times)" : "")
                      .append('\n'));
      if (errors.size() > MAX_AGENT_ERRORS) {
        out.append("    ... and ").append(errors.size() - MAX_AGENT_ERRORS).append(" more\n");
      }
    }
    return out.toString();
  }

  /**
   * The findings grouped by category, each in one or two lines.
   *
   * @param tag a short word shown before each finding, e.g. {@code NEW}, or empty
   */
  public static String findings(List<Finding> findings, Function<Finding, String> tag) {
    StringBuilder out = new StringBuilder();
    for (FindingCategory category : FindingCategory.values()) {
      List<Finding> ofCategory = findings.stream().filter(f -> f.category() == category).toList();
      if (ofCategory.isEmpty()) {
        continue;
      }
      out.append('\n')
          .append(capitalized(category.noun(2)))
          .append(" (")
          .append(ofCategory.size())
          .append("):\n");
      for (Finding finding : ofCategory) {
        String label = tag.apply(finding);
        out.append("  ")
            .append(label.isEmpty() ? "" : label + " ")
            .append(finding.headline())
            .append("  #")
            .append(finding.fingerprint())
            .append('\n');
        if (!finding.detail().isEmpty()) {
          out.append("      ").append(finding.detail()).append('\n');
        }
        if (!finding.tests().isEmpty()) {
          out.append("      tests: ").append(String.join(", ", finding.tests())).append('\n');
        }
      }
    }
    return out.toString();
  }

  private static String capitalized(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
