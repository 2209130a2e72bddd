package io.lockwatch.testkit.expect;

import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.report.json.ReportJson;
import io.lockwatch.report.model.CycleEdge;
import io.lockwatch.report.model.LockDescription;
import io.lockwatch.report.model.LockOrderCycle;
import io.lockwatch.report.model.Report;
import io.lockwatch.report.model.RunInfo;
import io.lockwatch.report.model.Site;
import io.lockwatch.report.model.Summary;
import io.lockwatch.testkit.AgentJvmResult;
import io.lockwatch.testkit.fixtures.TwoOrders;
import io.lockwatch.testkit.source.SourceLine;
import io.lockwatch.testkit.source.SourceMarkers;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks of the {@code TwoOrders} fixture against reports written by hand. */
class RunChecksTest {
  private static final String TOP = TwoOrders.class.getName();
  private static final SourceLine A_OUTER = SourceMarkers.marker(TwoOrders.class, "a-outer");
  private static final SourceLine B_INNER = SourceMarkers.marker(TwoOrders.class, "b-inner");

  @TempDir Path dir;

  private static Site site(int line) {
    return new Site(TOP, "run", "TwoOrders.java", line);
  }

  private static CycleEdge edge(int from, int to, String thread, String held, int heldAt, int at) {
    return new CycleEdge(
        from,
        to,
        thread,
        List.of(held),
        site(heldAt),
        site(at),
        "exclusive",
        List.of(site(heldAt)),
        List.of(site(at)));
  }

  /** The report the fixture's plain run expects; {@code t2HeldAt} moves one site. */
  private static Report report(int t2HeldAt, long acquisitions) {
    return report(t2HeldAt, acquisitions, "TwoOrders.B");
  }

  /** The same, with the second lock named {@code secondLock}. */
  private static Report report(int t2HeldAt, long acquisitions, String secondLock) {
    LockOrderCycle cycle =
        new LockOrderCycle(
            "f1",
            "high",
            "deadlock",
            "A -> B -> A",
            1,
            false,
            false,
            null,
            List.of("t1 holds A, takes B", "t2 holds B, takes A"),
            List.of(
                new LockDescription(1, "java.lang.Object", "monitor", "TwoOrders.A", site(1)),
                new LockDescription(2, "java.lang.Object", "monitor", secondLock, site(1))),
            List.of(
                edge(1, 2, "t1", "TwoOrders.A", A_OUTER.line(), A_OUTER.line() + 1),
                edge(2, 1, "t2", secondLock, t2HeldAt, B_INNER.line())),
            null);
    Summary summary =
        new Summary(3, 2, acquisitions, 2, 0, 1, 1, Map.of(), List.of(), 0, 0, 0, 0, 0, 0);
    RunInfo run = new RunInfo("0", "17", "x", "java", 1, "t0", "t1", "exit", Map.of("races", "on"));
    return Report.withCodeEdges(
        Report.SCHEMA_VERSION,
        run,
        summary,
        List.of(cycle),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }

  private AgentJvmResult runWith(Report report, String stdout) throws IOException {
    Path file = dir.resolve("r.json");
    ReportJson.writeAtomically(report, file);
    return AgentJvmResult.of(0, stdout, file);
  }

  @Test
  void a_report_that_shows_every_statement_has_no_problem() throws IOException {
    AgentJvmResult run = runWith(report(B_INNER.line() - 1, 4), "TwoOrders: done\n");

    assertThat(RunChecks.problems(ExpectedRun.of(TOP, ""), run)).isEmpty();
  }

  @Test
  void each_statement_is_a_check_of_its_own() {
    List<Check> checks = RunChecks.of(ExpectedRun.of(TOP, ""), () -> null, name -> null);

    assertThat(checks)
        .extracting(Check::name)
        .anySatisfy(name -> assertThat(name).startsWith("ends with exit code 0"))
        .anySatisfy(name -> assertThat(name).contains("@expect:cycle(kind=deadlock"))
        .anySatisfy(name -> assertThat(name).startsWith("the edge of t1: line " + A_OUTER.line()))
        .anySatisfy(
            name -> assertThat(name).startsWith("the cycle's edges are exactly those of t1"))
        .anySatisfy(name -> assertThat(name).startsWith("reports no unguarded field"))
        .anySatisfy(name -> assertThat(name).endsWith("summary.acquisitions>=4"))
        .anySatisfy(name -> assertThat(name).endsWith("run.options.races=on"));
  }

  @Test
  void a_site_on_another_line_a_low_counter_and_a_missing_done_line_are_each_named()
      throws IOException {
    AgentJvmResult run = runWith(report(B_INNER.line() - 2, 3), "no done line\n");

    List<String> problems = RunChecks.problems(ExpectedRun.of(TOP, ""), run);

    assertThat(problems).hasSize(3);
    assertThat(problems.get(0)).startsWith("ends with exit code 0").contains("TwoOrders: done");
    assertThat(problems.get(1)).startsWith("the edge of t2").contains("heldAt of t2");
    assertThat(problems.get(2)).contains("summary.acquisitions");
  }

  @Test
  void a_cycle_without_the_lock_it_must_go_through_is_named() throws IOException {
    AgentJvmResult run = runWith(report(B_INNER.line() - 1, 4, "TwoOrders.C"), "TwoOrders: done\n");

    assertThat(RunChecks.problems(ExpectedRun.of(TOP, ""), run))
        .singleElement()
        .asString()
        .contains("withLock=TwoOrders.B")
        .contains("TwoOrders.C");
  }

  @Test
  void the_other_run_expects_nothing_and_finds_the_cycle() throws IOException {
    AgentJvmResult run = runWith(report(B_INNER.line() - 1, 4), "TwoOrders: done\n");

    assertThat(RunChecks.problems(ExpectedRun.of(TOP, "quiet"), run))
        .singleElement()
        .asString()
        .contains("@expect:none")
        .contains("lockOrderCycles");
  }
}
