package io.lockwatch.agent;

import io.lockwatch.agent.confirm.PredictedCycles;
import io.lockwatch.agent.instrument.ClassFilter;
import io.lockwatch.agent.instrument.Instrumenter;
import io.lockwatch.agent.instrument.jdk.JdkInstrumenter;
import io.lockwatch.agent.report.DeadlockSection;
import io.lockwatch.agent.report.LowMemoryReport;
import io.lockwatch.agent.report.ReportBuilder;
import io.lockwatch.agent.report.ReportRehearsal;
import io.lockwatch.agent.report.ReportSettings;
import io.lockwatch.agent.report.ReportWriter;
import io.lockwatch.agent.report.Sites;
import io.lockwatch.agent.runtime.AgentContext;
import io.lockwatch.agent.runtime.AgentEventSink;
import io.lockwatch.agent.runtime.AgentThreads;
import io.lockwatch.agent.runtime.HookWarmup;
import io.lockwatch.agent.runtime.JdkEventSink;
import io.lockwatch.agent.runtime.ShutdownHookThreads;
import io.lockwatch.agent.runtime.confirm.ConfirmPlan;
import io.lockwatch.agent.runtime.confirm.SiteKeys;
import io.lockwatch.agent.runtime.confirm.Steering;
import io.lockwatch.agent.runtime.hb.ThreadClocks;
import io.lockwatch.agent.runtime.lockorder.LockKeys;
import io.lockwatch.agent.runtime.support.AgentErrors;
import io.lockwatch.agent.runtime.support.CallerSites;
import io.lockwatch.agent.runtime.support.MemoryReserve;
import io.lockwatch.agent.watchdog.Deadlock;
import io.lockwatch.agent.watchdog.DeadlockWatchdog;
import io.lockwatch.agent.watchdog.DeadlocksSeen;
import io.lockwatch.bridge.Hooks;
import io.lockwatch.bridge.JdkHooks;
import io.lockwatch.bridge.TestHooks;
import io.lockwatch.report.model.ObservedDeadlock;
import io.lockwatch.report.model.Report;
import java.lang.instrument.Instrumentation;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/** Wires the agent together once the bridge is on the bootstrap class path. */
final class AgentRuntime {
  private AgentRuntime() {}

  static void start(
      AgentOptions options,
      PredictedCycles predicted,
      Instrumentation instrumentation,
      boolean attached) {
    AgentContext context =
        new AgentContext(
            new AgentContext.Settings(
                options.maxEdges(),
                options.stackDepth(),
                options.racesEnabled(),
                options.racesPredict(),
                options.arraysWatched(),
                options.jdkEnabled(),
                options.racesSampled()));
    AgentErrors errors = context.errors();
    if (!Hooks.onBootstrapClassPath()) {
      errors.record("startup", "bridge", "the bridge was not loaded from the bootstrap class path");
    }
    openLocksPackage(instrumentation, errors);
    if (predicted != null) {
      if (!options.quiet()) {
        System.err.println(
            "[lockwatch] confirm: steering towards "
                + predicted.plan().size()
                + " lock-order cycles of "
                + options.confirmReport());
      }
      context.steerWith(
          new Steering(
              new ConfirmPlan(predicted.plan(), options.confirmTries()),
              new SiteKeys(context.sites(), Sites::keyOf),
              options.confirmPauseMs(),
              options.confirmTries()));
    }

    DeadlocksSeen deadlocks = new DeadlocksSeen();
    ReportSettings reportSettings =
        new ReportSettings(
            Instant.now(),
            options.asMap(),
            options.maxCycleLength(),
            options.maxCycles(),
            options.maxSearchSteps(),
            predicted == null ? List.of() : predicted.cycles());
    ReportWriter writer =
        new ReportWriter(
            new ReportBuilder(context, deadlocks, reportSettings), options.reportPath());

    MemoryReserve.hold(); // for the report, should the program exhaust the heap
    ThreadClocks.startInheritance();
    // Loads the thread state before any hook can run: a hook's first use must not load it while
    // an instrumented JDK class (the class loader's map) reports into it.
    AgentThreads.leave(AgentThreads.enter());
    AgentContext scratch = HookWarmup.run(context.settings(), errors);
    ReportRehearsal rehearsal =
        scratch == null ? null : ReportRehearsal.begin(scratch, reportSettings, errors);
    AgentEventSink sink = new AgentEventSink(context);
    Hooks.install(sink, options.racesEnabled());
    if (options.jdkEnabled()) {
      JdkHooks.install(new JdkEventSink(context, sink));
    }
    TestHooks.install(context.tests());
    Runtime.getRuntime()
        .addShutdownHook(
            AgentThreads.unstarted(
                () -> {
                  // the other hooks run beside this one: their locks and accesses belong in it
                  ShutdownHookThreads.awaitOthers(options.hookWaitMs());
                  writeAtExit(writer, options.quiet());
                },
                "lockwatch-report-writer"));
    LowMemoryReport.watch(writer, errors);
    if (options.watchdogMs() > 0) {
      AgentThreads.start(
          new DeadlockWatchdog(
              options.watchdogMs(),
              context,
              deadlocks,
              deadlock -> onObservedDeadlock(deadlock, writer, options.exitOnDeadlock())),
          "lockwatch-watchdog");
    }
    ClassFilter filter = new ClassFilter(options.include(), options.exclude());
    CallerSites.applicationIs(filter::instruments);
    Instrumenter.install(instrumentation, filter, context, options.dumpDirectory(), attached);
    if (options.jdkEnabled()) {
      JdkInstrumenter.install(instrumentation, context, options.dumpDirectory());
    }
    if (rehearsal != null) {
      rehearsal.finish();
    }
  }

  /** Exit status of a JVM ended by {@code onDeadlock=exit}. */
  static final int DEADLOCK_EXIT = 86;

  private static void onObservedDeadlock(Deadlock seen, ReportWriter writer, boolean exit) {
    writer.write("deadlock");
    ObservedDeadlock deadlock = DeadlockSection.of(seen);
    StringBuilder message =
        new StringBuilder("[lockwatch] DEADLOCK: these threads are blocked forever:");
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
    if (deadlock.confirms() != null) {
      message
          .append(System.lineSeparator())
          .append("[lockwatch] it confirms the predicted lock-order cycle ")
          .append(deadlock.confirms());
    }
    message.append(System.lineSeparator()).append("[lockwatch] report: ").append(writer.target());
    System.err.println(message);
    if (exit) {
      System.err.println(
          "[lockwatch] onDeadlock=exit: ending the JVM with exit code " + DEADLOCK_EXIT);
      // halt, not exit: shutdown hooks of the application could block on the deadlocked locks
      Runtime.getRuntime().halt(DEADLOCK_EXIT);
    }
  }

  private static void writeAtExit(ReportWriter writer, boolean quiet) {
    Report report = writer.writeAtExit();
    if (report == null || quiet) {
      return;
    }
    try {
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
    } catch (Throwable outOfMemory) {
      // the report is written; a JVM out of memory may not have room for the line
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
