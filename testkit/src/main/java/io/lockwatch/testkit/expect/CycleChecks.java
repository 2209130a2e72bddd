package io.lockwatch.testkit.expect;

import static io.lockwatch.testkit.assertions.LockwatchAssertions.assertThatReportOf;

import io.lockwatch.testkit.AgentJvmResult;
import io.lockwatch.testkit.assertions.CycleAssert;
import io.lockwatch.testkit.assertions.EdgeAssert;
import io.lockwatch.testkit.assertions.LockAssert;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Checks of {@code cycle}, {@code cycle-held}, {@code cycle-acquired} and {@code cycle-lock}: the
 * expected lock-order cycles, one edge per thread at its lines, and the locks first seen at theirs.
 */
final class CycleChecks {
  private CycleChecks() {}

  static void addTo(List<Check> checks, ExpectedRun expected, Supplier<AgentJvmResult> run) {
    List<Expectation> cycles = expected.statements(Statement.CYCLE);
    for (Expectation cycle : cycles) {
      checks.add(
          Check.of(
              cycle,
              () ->
                  assertThatReportOf(run.get())
                      .hasCycles(cycles.size(), candidate -> matches(candidate, cycle))));
    }
    Map<String, List<Expectation>> edges = edgesByThread(expected);
    for (Map.Entry<String, List<Expectation>> edge : edges.entrySet()) {
      String thread = edge.getKey();
      checks.add(
          Check.of(
              "the edge of " + thread + ": " + describe(edge.getValue()),
              () -> {
                EdgeAssert actual = assertThatReportOf(run.get()).hasSingleCycle().edgeOf(thread);
                edge.getValue().forEach(site -> matches(actual, site));
              }));
    }
    if (!edges.isEmpty()) {
      String[] threads = edges.keySet().toArray(new String[0]);
      checks.add(
          Check.of(
              "the cycle's edges are exactly those of " + String.join(", ", threads),
              () -> assertThatReportOf(run.get()).hasSingleCycle().hasEdgesOf(threads)));
    }
    for (Expectation lock : expected.statements(Statement.CYCLE_LOCK)) {
      checks.add(
          Check.of(
              lock,
              () -> {
                LockAssert actual =
                    assertThatReportOf(run.get())
                        .hasSingleCycle()
                        .singleLockOfKind(lock.arg("kind"));
                if (lock.has("type")) {
                  actual.ofType(lock.arg("type"));
                }
                actual.named(lock.values("name").toArray(new String[0])).firstSeenAt(lock.line());
              }));
    }
  }

  private static void matches(CycleAssert cycle, Expectation expected) {
    cycle.ofKind(expected.arg("kind")).ofSeverity(expected.arg("severity"));
    if (expected.has("occurrences")) {
      cycle.hasOccurrences(Integer.parseInt(expected.arg("occurrences")));
    }
    if (expected.has("minOccurrences")) {
      cycle.hasAtLeastOccurrences(Integer.parseInt(expected.arg("minOccurrences")));
    }
    cycle.isPredicted(expected.has("predicted") && Boolean.parseBoolean(expected.arg("predicted")));
    if (expected.has("detail")) {
      cycle.hasDetailContaining(expected.arg("detail"));
    }
    if (expected.has("lockKind")) {
      cycle.allLocksOfKind(expected.arg("lockKind"));
    }
    if (expected.has("lockType")) {
      cycle.allLockTypesStartWith(expected.arg("lockType"));
    }
    for (String part : expected.values("lockName")) {
      cycle.allLockNamesContain(part);
    }
    for (String part : expected.values("withLock")) {
      cycle.hasLockNamed(part);
    }
  }

  private static void matches(EdgeAssert edge, Expectation site) {
    boolean held = site.statement() == Statement.CYCLE_HELD;
    if (held) {
      edge.heldAt(site.line());
    } else {
      edge.acquiredAt(site.line());
      if (site.has("mode")) {
        edge.inMode(site.arg("mode"));
      }
    }
    if (site.has("lock")) {
      if (held) {
        edge.fromLockNamed(site.arg("lock"));
      } else {
        edge.toLockNamed(site.arg("lock"));
      }
    }
    if (site.has("lockKind")) {
      if (held) {
        edge.fromLockOfKind(site.arg("lockKind"));
      } else {
        edge.toLockOfKind(site.arg("lockKind"));
      }
    }
  }

  /** The {@code cycle-held} and {@code cycle-acquired} statements of each thread they name. */
  private static Map<String, List<Expectation>> edgesByThread(ExpectedRun expected) {
    Map<String, List<Expectation>> byThread = new LinkedHashMap<>();
    for (Expectation site : expected.statements()) {
      if (site.statement() == Statement.CYCLE_HELD
          || site.statement() == Statement.CYCLE_ACQUIRED) {
        for (String thread : site.values("thread")) {
          byThread.computeIfAbsent(thread, key -> new ArrayList<>()).add(site);
        }
      }
    }
    return byThread;
  }

  private static String describe(List<Expectation> sites) {
    return sites.stream().map(Check::nameOf).collect(Collectors.joining(" and "));
  }
}
