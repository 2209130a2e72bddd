package io.lockwatch.agent;

import io.lockwatch.agent.analysis.DeadlockWatchdog;
import io.lockwatch.agent.analysis.LockOrderGraph;
import io.lockwatch.agent.instrument.ClassFilter;
import io.lockwatch.agent.instrument.Instrumenter;
import io.lockwatch.agent.report.AgentState;
import io.lockwatch.agent.report.ReportBuilder;
import io.lockwatch.agent.report.ReportWriter;
import io.lockwatch.agent.runtime.AgentErrors;
import io.lockwatch.agent.runtime.FieldRegistry;
import io.lockwatch.agent.runtime.RaceDetector;
import io.lockwatch.agent.runtime.RaceRecords;
import io.lockwatch.agent.runtime.ShadowTable;
import io.lockwatch.agent.runtime.ThreadRegistry;
import io.lockwatch.agent.runtime.LockEventRecorder;
import io.lockwatch.agent.runtime.LockKeys;
import io.lockwatch.agent.runtime.LockTable;
import io.lockwatch.agent.runtime.RuntimeCounters;
import io.lockwatch.agent.runtime.SiteRegistry;
import io.lockwatch.agent.runtime.StackCapture;
import io.lockwatch.agent.runtime.WaitHazards;
import io.lockwatch.bridge.Hooks;
import io.lockwatch.report.model.ObservedDeadlock;
import io.lockwatch.report.model.Report;
import java.lang.instrument.Instrumentation;
import java.time.Instant;
import java.util.ArrayList;
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
    FieldRegistry fields = new FieldRegistry();
    RaceRecords raceRecords = new RaceRecords();
    StackCapture stacks = new StackCapture(options.stackDepth());
    WaitHazards hazards = new WaitHazards(stacks);
    RaceDetector races =
        options.racesEnabled()
            ? new RaceDetector(new ShadowTable(), raceRecords, stacks, options.racesPredict())
            : null;
    AgentState state =
        new AgentState(
            options,
            Instant.now(),
            sites,
            locks,
            graph,
            counters,
            errors,
            hazards,
            new ArrayList<>(),
            fields,
            raceRecords);
    ReportWriter writer = new ReportWriter(new ReportBuilder(state), options.reportPath());

    ThreadRegistry.startInheritance();
    Hooks.install(
        new LockEventRecorder(sites, locks, graph, counters, errors, stacks, hazards, races),
        options.racesEnabled());
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(() -> writeAtExit(writer, options.quiet()), "lockwatch-report-writer"));
    if (options.watchdogMs() > 0) {
      new DeadlockWatchdog(
              options.watchdogMs(),
              stacks,
              locks,
              errors,
              deadlock -> onObservedDeadlock(deadlock, state, writer, options.exitOnDeadlock()))
          .start();
    }
    Instrumenter.install(
        instrumentation,
        new ClassFilter(options.include(), options.exclude()),
        sites,
        fields,
        options.racesEnabled(),
        options.dumpDirectory(),
        counters,
        errors,
        attached);
  }

  /** Exit status of a JVM ended by {@code onDeadlock=exit}. */
  static final int DEADLOCK_EXIT = 86;

  private static void onObservedDeadlock(
      ObservedDeadlock deadlock, AgentState state, ReportWriter writer, boolean exit) {
    state.addObservedDeadlock(deadlock);
    writer.write("deadlock");
    StringBuilder message = new StringBuilder("[lockwatch] DEADLOCK: these threads are blocked forever:");
    for (ObservedDeadlock.DeadlockedThread thread : deadlock.threads()) {
      message
          .append(System.lineSeparator())
          .append("  '")
          .append(thread.name())
          .append("' holds ")
          .append(thread.holds())
          .append(" and waits for ")
          .append(thread.waitsFor());
      if (!thread.stack().isEmpty()) {
        message.append(" at ").append(thread.stack().get(0).asFrame());
      }
    }
    message.append(System.lineSeparator()).append("[lockwatch] report: ").append(writer.target());
    System.err.println(message);
    if (exit) {
      System.err.println("[lockwatch] onDeadlock=exit: ending the JVM with exit code " + DEADLOCK_EXIT);
      // halt, not exit: shutdown hooks of the application could block on the deadlocked locks
      Runtime.getRuntime().halt(DEADLOCK_EXIT);
    }
  }

  private static void writeAtExit(ReportWriter writer, boolean quiet) {
    Report report = writer.write("exit");
    if (report != null && !quiet) {
      System.err.println(
          "[lockwatch] report: "
              + writer.target()
              + " ("
              + report.lockOrderCycles().size()
              + " lock-order cycles, "
              + report.observedDeadlocks().size()
              + " observed deadlocks, "
              + report.unguardedFields().size()
              + " unguarded fields, "
              + report.waitHazards().size()
              + " wait hazards)");
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
