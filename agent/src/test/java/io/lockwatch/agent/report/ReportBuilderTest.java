package io.lockwatch.agent.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.agent.runtime.AgentContext;
import io.lockwatch.agent.runtime.AgentEventSink;
import io.lockwatch.agent.runtime.FreshThread;
import io.lockwatch.agent.runtime.support.Frame;
import io.lockwatch.agent.watchdog.Deadlock;
import io.lockwatch.agent.watchdog.DeadlocksSeen;
import io.lockwatch.report.fingerprint.CycleFingerprint;
import io.lockwatch.report.model.LockOrderCycle;
import io.lockwatch.report.model.ObservedDeadlock;
import io.lockwatch.report.model.Report;
import io.lockwatch.report.model.Site;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Builds whole reports from events driven into the sink, the way instrumented code does. */
class ReportBuilderTest {
  private final AgentContext context =
      new AgentContext(new AgentContext.Settings(1000, 8, false, false));
  private final DeadlocksSeen deadlocks = new DeadlocksSeen();
  private final ReportBuilder builder =
      new ReportBuilder(
          context,
          deadlocks,
          new ReportSettings(Instant.EPOCH, Map.of("races", "off"), 6, 100, 1_000_000));
  private final AgentEventSink sink = new AgentEventSink(context);
  private final int outer =
      context
          .sites()
          .register("com.example.Bank", "transfer", "Bank.java", 41, "local variable from");
  private final int inner =
      context
          .sites()
          .register("com.example.Bank", "transfer", "Bank.java", 42, "local variable to");

  @Test
  void a_cycle_is_written_with_the_fingerprint_the_reports_tool_computes_from_its_edges()
      throws Exception {
    Object a = new Object();
    Object b = new Object();
    FreshThread.run(() -> nest(a, b));
    FreshThread.run(() -> nest(b, a));

    Report report = builder.build("exit");

    LockOrderCycle cycle = report.lockOrderCycles().get(0);
    assertThat(report.lockOrderCycles()).hasSize(1);
    assertThat(cycle.fingerprint()).isEqualTo(CycleFingerprint.ofCycleEdges(cycle.edges()));
    assertThat(cycle.edges())
        .extracting(e -> e.heldAt().line() + "->" + e.acquiredAt().line())
        .containsOnly("41->42");
    assertThat(cycle.edges().get(0).acquiredStack()).as("frames became sites").isNotEmpty();
    assertThat(report.codeEdges())
        .singleElement()
        .satisfies(e -> assertThat(e.count()).isEqualTo(2));
    assertThat(report.summary().edges()).isEqualTo(2);
    assertThat(report.summary().cyclesReported()).isEqualTo(1);
    assertThat(report.summary().cyclesFiltered()).containsEntry("tryLock", 0L);
    assertThat(report.run().reason()).isEqualTo("exit");
    assertThat(report.run().options()).containsEntry("races", "off");
    assertThat(report.agentErrors()).isEmpty();
  }

  @Test
  void a_deadlock_the_watchdog_saw_is_fingerprinted_by_where_its_threads_wait() {
    Frame waitA = new Frame("com.example.Bank", "transfer", "Bank.java", 42);
    Frame waitB = new Frame("com.example.Bank", "audit", "Bank.java", 77);
    deadlocks.add(
        new Deadlock(
            "jvm",
            List.of(
                new Deadlock.StuckThread(
                    "t1", List.of("monitor of A"), "monitor of B", List.of(waitA)),
                new Deadlock.StuckThread(
                    "t2", List.of("monitor of B"), "monitor of A", List.of(waitB)))));

    Report report = builder.build("deadlock");

    ObservedDeadlock seen = report.observedDeadlocks().get(0);
    assertThat(report.summary().observedDeadlocks()).isEqualTo(1);
    assertThat(seen.fingerprint())
        .isEqualTo(
            "deadlock:"
                + CycleFingerprint.hash("com.example.Bank#audit:77|com.example.Bank#transfer:42"));
    assertThat(seen.threads().get(0).stack())
        .containsExactly(new Site("com.example.Bank", "transfer", "Bank.java", 42));
    assertThat(seen.detectedBy()).isEqualTo("jvm");
  }

  @Test
  void errors_the_agent_absorbed_are_listed_most_frequent_first() {
    context.errors().record("hook", "monitorEnter", "rare");
    context.errors().record("hook", "lockAcquired", "often");
    context.errors().record("hook", "lockAcquired", "often");

    Report report = builder.build("exit");

    assertThat(report.agentErrors())
        .extracting(e -> e.where() + "=" + e.count())
        .containsExactly("lockAcquired=2", "monitorEnter=1");
    assertThat(report.summary().agentErrors()).isEqualTo(3);
  }

  private void nest(Object first, Object second) {
    sink.monitorEnter(first, outer);
    sink.monitorEnter(second, inner);
    sink.monitorExit(second, inner);
    sink.monitorExit(first, outer);
  }
}
