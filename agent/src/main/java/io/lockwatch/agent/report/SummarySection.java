package io.lockwatch.agent.report;

import io.lockwatch.agent.runtime.AgentContext;
import io.lockwatch.agent.runtime.ShutdownHookThreads;
import io.lockwatch.agent.runtime.ThreadRegistry;
import io.lockwatch.agent.runtime.hb.WcpOrder;
import io.lockwatch.report.model.Incomplete;
import io.lockwatch.report.model.Summary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The summary: what the agent watched, and how many findings of each kind came of it. */
final class SummarySection {
  private SummarySection() {}

  static Summary of(
      AgentContext context,
      int edges,
      CycleSection.Cycles cycles,
      int observedDeadlocks,
      int unguardedFields,
      int waitHazards) {
    Map<String, Long> filtered = new LinkedHashMap<>(cycles.analysis().search().filtered());
    List<Incomplete> incomplete = new ArrayList<>(cycles.incomplete());
    long shortcuts = WcpOrder.incomplete();
    if (context.settings().predictRaces() && shortcuts > 0) {
      incomplete.add(
          new Incomplete(
              "predictHistory",
              shortcuts
                  + " times a bound of races=predict (a lock keeps the last "
                  + WcpOrder.SECTIONS_KEPT
                  + " critical sections of "
                  + WcpOrder.THREADS_KEPT
                  + " threads, a field "
                  + WcpOrder.LOCKS_PER_FIELD
                  + " locks) added order: some predicted races may be missing, none is false"));
    }
    long skipped = ThreadRegistry.accessesSkipped();
    if (context.settings().sampleRaces() && skipped > 0) {
      incomplete.add(
          new Incomplete(
              "racesSampled",
              skipped
                  + " of "
                  + ThreadRegistry.fieldAccesses()
                  + " watched accesses were not checked (races=sample checks the first "
                  + "executions of each site in each thread, then bursts): some races may be "
                  + "missing, none is false"));
    }
    int hooksRunning = ShutdownHookThreads.stillRunning();
    if (hooksRunning > 0) {
      incomplete.add(
          new Incomplete(
              "hookWaitMs",
              hooksRunning
                  + " shutdown hooks of the application were still running when the report was"
                  + " written"
                  + (ShutdownHookThreads.notWaitedForASignal()
                      ? " (a signal ends the JVM: the report does not wait, the process may be"
                          + " killed soon)"
                      : "")
                  + ": what they did later is not in it"));
    }
    return new Summary(
        context.counters().classesInstrumented.sum(),
        context.locks().created(),
        ThreadRegistry.acquisitions(),
        edges,
        ThreadRegistry.reentrantAcquisitions(),
        cycles.analysis().search().cyclesExamined(),
        cycles.cycles().size(),
        filtered,
        incomplete,
        observedDeadlocks,
        unguardedFields,
        waitHazards,
        context.errors().total(),
        context.fields().size(),
        ThreadRegistry.fieldAccesses());
  }
}
