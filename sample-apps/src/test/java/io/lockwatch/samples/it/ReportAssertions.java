package io.lockwatch.samples.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.report.model.Report;
import io.lockwatch.report.model.Site;
import io.lockwatch.report.model.Summary;
import io.lockwatch.samples.SampleCatalog;
import io.lockwatch.samples.Verdict;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Checks every sample's IT makes, whatever the sample's hazard. */
public final class ReportAssertions {
  private ReportAssertions() {}

  /**
   * The run is what the catalog expects of the sample: what {@code ./run-samples.sh} prints as
   * {@code OK}.
   */
  public static void assertCatalogVerdict(SampleCatalog sample, AgentRun run) {
    List<String> problems = Verdict.problems(sample.expected(), run.report(), run.exitCode());
    assertThat(problems)
        .as(
            "the catalog's verdict on %s (expected %s)%n%s",
            sample.sampleName(),
            sample.expected().words(),
            run)
        .isEmpty();
  }

  /** The program printed its last line and exited 0, and the agent absorbed no error. */
  public static void assertRanToTheEnd(AgentRun run, Class<?> sample) {
    assertThat(run.exitCode()).as("exit code of %s", run).isZero();
    assertThat(run.stdout()).as("output of %s", run).contains(sample.getSimpleName() + ": done");
    assertThat(run.report().agentErrors()).as("agentErrors in %s", run.reportFile()).isEmpty();
  }

  /** The agent saw at least this many lock acquisitions (locks, monitors and permits). */
  public static void assertAcquisitions(AgentRun run, long atLeast) {
    assertThat(run.summary().acquisitions())
        .as("summary.acquisitions in %s: the agent must have seen the sample's locks",
            run.reportFile())
        .isGreaterThanOrEqualTo(atLeast);
  }

  /** No finding of any kind: every section empty, every summary count 0. */
  public static void assertNoFindings(AgentRun run) {
    Report report = run.report();
    String where = run.reportFile().toString();
    assertThat(report.lockOrderCycles()).as("lockOrderCycles in %s", where).isEmpty();
    assertThat(report.observedDeadlocks()).as("observedDeadlocks in %s", where).isEmpty();
    assertThat(report.unguardedFields()).as("unguardedFields in %s", where).isEmpty();
    assertThat(report.waitHazards()).as("waitHazards in %s", where).isEmpty();
    Summary summary = report.summary();
    assertThat(summary.cyclesReported()).as("summary.cyclesReported").isZero();
    assertThat(summary.observedDeadlocks()).as("summary.observedDeadlocks").isZero();
    assertThat(summary.unguardedFields()).as("summary.unguardedFields").isZero();
    assertThat(summary.waitHazards()).as("summary.waitHazards").isZero();
  }

  /** The report's {@code run.options} shows the option with this value. */
  public static void assertOption(AgentRun run, String key, String value) {
    assertThat(run.report().run().options())
        .as("run.options in %s", run.reportFile())
        .containsEntry(key, value);
  }

  /**
   * The site is at the line of one of the markers in {@code codeClass}'s source file, in that
   * class or one nested in it (lambdas and inner classes).
   */
  public static void assertSiteAtOneOf(
      Site site, Class<?> codeClass, String what, String... markers) {
    assertThat(site).as(what).isNotNull();
    String top = codeClass.getName();
    assertThat(site.className()).as("%s: class", what).matches(
        className -> className.equals(top) || className.startsWith(top + "$"),
        "is " + top + " or nested in it");
    assertThat(site.file()).as("%s: file", what).isEqualTo(SourceMarkers.fileName(codeClass));
    List<Integer> lines =
        Arrays.stream(markers)
            .map(marker -> SourceMarkers.line(codeClass, marker))
            .collect(Collectors.toList());
    assertThat(site.line())
        .as("%s: line, one of the markers %s at %s", what, Arrays.toString(markers), lines)
        .isIn(lines);
  }
}
