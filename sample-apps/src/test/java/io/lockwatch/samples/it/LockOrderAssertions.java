package io.lockwatch.samples.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.report.model.CycleEdge;
import io.lockwatch.report.model.LockDescription;
import io.lockwatch.report.model.LockOrderCycle;
import io.lockwatch.report.model.Report;
import io.lockwatch.report.model.Site;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Checks shared by the lock-order integration tests. */
public final class LockOrderAssertions {
  /** A name that is nothing but an identity, {@code java.lang.Object@1b6d3586}: not readable. */
  private static final Pattern BARE_IDENTITY = Pattern.compile("[\\w.$]*@[0-9a-fA-F]+");

  private static final Set<String> LOCK_KINDS =
      Set.of("monitor", "lock", "read-write-lock", "semaphore");

  private LockOrderAssertions() {}

  /**
   * The sample ran to its end and printed its line, and the agent wrote a readable report with no
   * agent error and no real deadlock, after seeing at least {@code minAcquisitions} acquisitions.
   */
  public static void assertRanCleanly(AgentRun run, Class<?> sample, long minAcquisitions) {
    assertThat(run.exitCode()).as("exit code of %s", run).isZero();
    assertThat(run.stdout()).as("output of %s", run).contains(sample.getSimpleName() + ": done");
    Report report = run.report();
    assertThat(report.agentErrors()).as("agent errors in %s", run.reportFile()).isEmpty();
    assertThat(report.observedDeadlocks())
        .as("observed deadlocks in %s", run.reportFile())
        .isEmpty();
    assertThat(report.summary().acquisitions())
        .as(
            "summary.acquisitions in %s: the agent must have seen the sample's locks",
            run.reportFile())
        .isGreaterThanOrEqualTo(minAcquisitions);
  }

  /** No lock-order cycle was reported. */
  public static void assertNoCycle(AgentRun run) {
    assertThat(run.cycles()).as("lockOrderCycles in %s", run.reportFile()).isEmpty();
    assertThat(run.summary().cyclesReported()).as("summary.cyclesReported").isZero();
  }

  /** The one reported cycle, after checking its kind, severity and shape. */
  public static LockOrderCycle assertSingleCycle(AgentRun run, String kind, String severity) {
    List<LockOrderCycle> cycles = run.cycles();
    assertThat(cycles).as("lockOrderCycles in %s", run.reportFile()).hasSize(1);
    assertThat(run.summary().cyclesReported()).as("summary.cyclesReported").isEqualTo(1);
    LockOrderCycle cycle = cycles.get(0);
    assertThat(cycle.kind()).as("kind").isEqualTo(kind);
    assertThat(cycle.severity()).as("severity").isEqualTo(severity);
    assertWellFormed(cycle);
    return cycle;
  }

  /**
   * The parts of a cycle every finding must have: a fingerprint, a chain, a scenario naming the
   * threads, locks with readable names, edges that close the cycle, each from another thread, and
   * stacks for both ends of each edge.
   */
  public static void assertWellFormed(LockOrderCycle cycle) {
    assertThat(cycle.fingerprint()).as("fingerprint").isNotBlank();
    assertThat(cycle.chain()).as("chain").isNotBlank();
    assertThat(cycle.occurrences()).as("occurrences").isGreaterThanOrEqualTo(1);

    List<CycleEdge> edges = cycle.edges();
    assertThat(edges).as("edges").hasSizeGreaterThanOrEqualTo(2);
    assertThat(cycle.locks()).as("locks (one per edge)").hasSameSizeAs(edges);

    Set<Integer> ids = new HashSet<>();
    for (LockDescription lock : cycle.locks()) {
      assertThat(ids.add(lock.id())).as("lock id %d is unique", lock.id()).isTrue();
      assertThat(lock.type()).as("type of lock %d", lock.id()).isNotBlank();
      assertThat(lock.kind()).as("kind of lock %d", lock.id()).isIn(LOCK_KINDS);
      assertThat(lock.name()).as("name of lock %d", lock.id()).isNotBlank();
      assertThat(BARE_IDENTITY.matcher(lock.name().strip()).matches())
          .as("lock name '%s' says more than an identity", lock.name())
          .isFalse();
    }

    for (int i = 0; i < edges.size(); i++) {
      CycleEdge edge = edges.get(i);
      CycleEdge next = edges.get((i + 1) % edges.size());
      assertThat(ids).as("edge %d's locks are described", i).contains(edge.from(), edge.to());
      assertThat(next.from())
          .as("edge %d ends where edge %d starts", i, i + 1)
          .isEqualTo(edge.to());
      assertThat(edge.locksHeld())
          .as("locksHeld of edge %d names the held lock", i)
          .contains(lock(cycle, edge.from()).name());
      assertStackStartsAt(edge.heldStack(), edge.heldAt(), "heldStack of edge " + i);
      assertStackStartsAt(edge.acquiredStack(), edge.acquiredAt(), "acquiredStack of edge " + i);
    }

    List<String> threads = edges.stream().map(CycleEdge::thread).collect(Collectors.toList());
    assertThat(threads).as("threads of the edges").doesNotContainNull().doesNotHaveDuplicates();
    assertThat(cycle.scenario()).as("scenario").isNotEmpty();
    String scenario = String.join("\n", cycle.scenario());
    for (String thread : threads) {
      assertThat(scenario).as("scenario mentions thread %s", thread).contains(thread);
    }
  }

  /** The edge the given thread contributed. */
  public static CycleEdge edgeOf(LockOrderCycle cycle, String thread) {
    List<CycleEdge> edges =
        cycle.edges().stream().filter(e -> thread.equals(e.thread())).collect(Collectors.toList());
    assertThat(edges).as("edges of thread %s in %s", thread, cycle.chain()).hasSize(1);
    return edges.get(0);
  }

  /**
   * The edge was taken at the marked lines of {@code codeClass}: the held lock at {@code
   * heldMarker}, the acquired one at {@code acquiredMarker}, in the given acquisition mode.
   */
  public static void assertEdge(
      CycleEdge edge,
      Class<?> codeClass,
      String heldMarker,
      String acquiredMarker,
      String acquiredMode) {
    assertSite(edge.heldAt(), codeClass, heldMarker, "heldAt of " + edge.thread());
    assertSite(edge.acquiredAt(), codeClass, acquiredMarker, "acquiredAt of " + edge.thread());
    assertThat(edge.acquiredMode()).as("acquiredMode of %s", edge.thread()).isEqualTo(acquiredMode);
  }

  /** The site is the line of {@code // @site:<marker>} in {@code codeClass}'s source. */
  public static void assertSite(Site site, Class<?> codeClass, String marker, String what) {
    assertThat(site).as(what).isNotNull();
    assertThat(site.className()).as("%s: class", what).isEqualTo(codeClass.getName());
    assertThat(site.file()).as("%s: file", what).isEqualTo(SourceMarkers.fileName(codeClass));
    assertThat(site.line())
        .as("%s: line (marker @site:%s)", what, marker)
        .isEqualTo(SourceMarkers.line(codeClass, marker));
    assertThat(site.method()).as("%s: method", what).isNotBlank();
  }

  /** Every lock of the cycle has this kind and runtime type. */
  public static void assertLocks(LockOrderCycle cycle, String kind, String typePrefix) {
    for (LockDescription lock : cycle.locks()) {
      assertThat(lock.kind()).as("kind of %s", lock.name()).isEqualTo(kind);
      assertThat(lock.type()).as("type of %s", lock.name()).startsWith(typePrefix);
    }
  }

  /** The readable name of lock {@code id} of the cycle. */
  public static LockDescription lock(LockOrderCycle cycle, int id) {
    return cycle.locks().stream()
        .filter(lock -> lock.id() == id)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no lock " + id + " in " + cycle.locks()));
  }

  /** The stack is not empty, starts at {@code site} and shows no agent frame. */
  public static void assertStackStartsAt(List<Site> stack, Site site, String what) {
    assertThat(stack).as(what).isNotEmpty();
    Site top = stack.get(0);
    assertThat(top.className() + "#" + top.line())
        .as("%s: innermost frame is the acquisition site %s", what, site.asFrame())
        .isEqualTo(site.className() + "#" + site.line());
    for (Site frame : stack) {
      assertThat(frame.className())
          .as("%s shows no agent frame", what)
          .doesNotStartWith("io.lockwatch.agent")
          .doesNotStartWith("io.lockwatch.bridge")
          .doesNotStartWith("io.lockwatch.shaded");
    }
  }
}
