package io.lockwatch.agent.report;

import io.lockwatch.agent.runtime.tests.RunningTests;
import io.lockwatch.engine.deadlock.ClassDependency;
import io.lockwatch.engine.deadlock.DeadlockFinding;
import io.lockwatch.engine.deadlock.InstanceDependency;
import io.lockwatch.engine.deadlock.rule.Step;
import io.lockwatch.engine.deadlock.rule.ThreadAssignment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntToLongFunction;
import java.util.function.LongFunction;

/**
 * The tests behind a cycle's threads, and whether its steps can only be told apart by test: when no
 * choice of the threads that took its steps gives each step a different real thread, the cycle is
 * tests that ran one after the other on one thread, in opposite orders (code paths that production
 * may run at once), and is reported as predicted, one severity lower.
 */
final class CycleTests {
  private final List<String> tests;
  private final boolean onlyByTest;

  private CycleTests(List<String> tests, boolean onlyByTest) {
    this.tests = tests;
    this.onlyByTest = onlyByTest;
  }

  /**
   * The tests of a finding.
   *
   * @param actingId the recorded (acting) id of an engine thread
   * @param acting what an acting id stands for, null for a thread acting as itself
   */
  static CycleTests of(
      DeadlockFinding finding,
      IntToLongFunction actingId,
      LongFunction<RunningTests.Acting> acting) {
    Set<String> names = new TreeSet<>();
    for (int thread : finding.threads()) {
      RunningTests.Acting a = acting.apply(actingId.applyAsLong(thread));
      if (a != null) {
        names.add(a.test());
      }
    }
    RealThreads real = new RealThreads(actingId, acting);
    List<Step> steps = new ArrayList<>();
    if (finding.witness() != null) {
      for (InstanceDependency d : finding.witness()) {
        steps.add(
            new InstanceDependency(
                d.id(),
                d.shape(),
                d.from(),
                d.to(),
                d.gates(),
                real.of(d.threads()),
                d.fromPermits()));
      }
    } else {
      for (ClassDependency d : finding.walk()) {
        steps.add(
            new ClassDependency(
                d.id(),
                d.fromClass(),
                d.toClass(),
                d.fromSite(),
                d.toSite(),
                d.fromShare(),
                d.toShare(),
                d.waitKind(),
                d.gates(),
                real.of(d.threads()),
                d.fromPermits()));
      }
    }
    return new CycleTests(new ArrayList<>(names), ThreadAssignment.of(steps) == null);
  }

  /** The tests, sorted; null when none ran (the report's "unknown"). */
  List<String> tests() {
    return tests.isEmpty() ? null : List.copyOf(tests);
  }

  /** True when the steps have distinct threads only by counting each test as a thread. */
  boolean onlyByTest() {
    return onlyByTest;
  }

  /** Engine threads mapped to the real threads behind them, numbered densely. */
  private static final class RealThreads {
    private final IntToLongFunction actingId;
    private final LongFunction<RunningTests.Acting> acting;
    private final Map<Long, Integer> numbers = new HashMap<>();

    RealThreads(IntToLongFunction actingId, LongFunction<RunningTests.Acting> acting) {
      this.actingId = actingId;
      this.acting = acting;
    }

    int[] of(int[] engineThreads) {
      int[] real = new int[engineThreads.length];
      for (int i = 0; i < real.length; i++) {
        long id = actingId.applyAsLong(engineThreads[i]);
        RunningTests.Acting a = acting.apply(id);
        real[i] = numbers.computeIfAbsent(a == null ? id : a.threadId(), k -> numbers.size());
      }
      return Arrays.stream(real).distinct().sorted().toArray();
    }
  }
}
