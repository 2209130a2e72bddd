package io.lockwatch.agent;

import io.lockwatch.agent.analysis.LockOrderGraph;
import io.lockwatch.agent.instrument.ClassFilter;
import io.lockwatch.agent.instrument.Instrumenter;
import io.lockwatch.agent.report.AgentState;
import io.lockwatch.agent.report.ReportBuilder;
import io.lockwatch.agent.report.ReportWriter;
import io.lockwatch.agent.runtime.AgentErrors;
import io.lockwatch.agent.runtime.LockEventRecorder;
import io.lockwatch.agent.runtime.LockKeys;
import io.lockwatch.agent.runtime.LockTable;
import io.lockwatch.agent.runtime.RuntimeCounters;
import io.lockwatch.agent.runtime.SiteRegistry;
import io.lockwatch.agent.runtime.StackCapture;
import io.lockwatch.bridge.Hooks;
import io.lockwatch.report.model.Report;
import java.lang.instrument.Instrumentation;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/** Wires the agent together once the bridge is on the bootstrap class path. */
final class AgentRuntime {
  private AgentRuntime() {}

  static void start(AgentOptions options, Instrumentation instrumentation, boolean attached) {
    AgentErrors errors = new AgentErrors();
    if (!Hooks.onBootstrapClassPath()) {
      errors.record("startup", "bridge", "the bridge was not loaded from the bootstrap class path");
    }
    openLocksPackage(instrumentation, errors);

    SiteRegistry sites = new SiteRegistry();
    RuntimeCounters counters = new RuntimeCounters();
    LockOrderGraph graph = new LockOrderGraph(options.maxEdges());
    LockTable locks = new LockTable(sites, graph::lockCollected);
    AgentState state = new AgentState(options, Instant.now(), sites, locks, graph, counters, errors);
    ReportWriter writer = new ReportWriter(new ReportBuilder(state), options.reportPath());

    Hooks.install(
        new LockEventRecorder(sites, locks, graph, counters, errors, new StackCapture(options.stackDepth())));
    Runtime.getRuntime()
        .addShutdownHook(new Thread(() -> writeAtExit(writer), "lockwatch-report-writer"));
    Instrumenter.install(
        instrumentation,
        new ClassFilter(options.include(), options.exclude()),
        sites,
        counters,
        errors,
        attached);
  }

  private static void writeAtExit(ReportWriter writer) {
    Report report = writer.write("exit");
    if (report != null) {
      System.err.println(
          "[lockwatch] "
              + report.lockOrderCycles().size()
              + " potential deadlock(s), report: "
              + writer.target());
    }
  }

  /** Lets {@link LockKeys} read the shared state of a ReentrantReadWriteLock's two halves. */
  private static void openLocksPackage(Instrumentation instrumentation, AgentErrors errors) {
    try {
      Module locks = ReentrantReadWriteLock.class.getModule();
      instrumentation.redefineModule(
          locks,
          Set.of(),
          Map.of(),
          Map.of("java.util.concurrent.locks", Set.of(AgentRuntime.class.getModule())),
          Set.of(),
          Map.of());
    } catch (RuntimeException failure) {
      errors.record("startup", "redefineModule", failure);
    }
    String problem = LockKeys.initialise();
    if (problem != null) {
      errors.record("startup", "ReentrantReadWriteLock", problem);
    }
  }
}
