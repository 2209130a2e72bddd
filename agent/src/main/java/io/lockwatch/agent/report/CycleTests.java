package io.lockwatch.agent.report;

import io.lockwatch.agent.analysis.RunFacts;
import io.lockwatch.agent.runtime.tests.RunningTests;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The tests behind a cycle's threads, and whether two of its threads are one real thread running
 * two tests: then the cycle is two tests' code paths in opposite orders (which production may run
 * at once), not two threads of this run, and is reported as predicted, one severity lower.
 */
final class CycleTests {
  private final List<String> tests;
  private final boolean oneThreadTwoTests;

  private CycleTests(List<String> tests, boolean oneThreadTwoTests) {
    this.tests = tests;
    this.oneThreadTwoTests = oneThreadTwoTests;
  }

  /** The tests of the engine threads {@code threads} of a finding. */
  static CycleTests of(int[] threads, RunFacts facts, RunningTests running) {
    Set<String> names = new TreeSet<>();
    Set<Long> realThreads = new HashSet<>();
    boolean repeated = false;
    for (int thread : threads) {
      long id = facts.threadId(thread);
      RunningTests.Acting acting = running.acting(id);
      if (acting != null) {
        names.add(acting.test());
      }
      repeated |= !realThreads.add(acting == null ? id : acting.threadId());
    }
    return new CycleTests(new ArrayList<>(names), repeated);
  }

  /** The tests, sorted; null when none ran (the report's "unknown"). */
  List<String> tests() {
    return tests.isEmpty() ? null : List.copyOf(tests);
  }

  /** True when two of the threads are one thread that ran two tests. */
  boolean oneThreadTwoTests() {
    return oneThreadTwoTests;
  }
}
