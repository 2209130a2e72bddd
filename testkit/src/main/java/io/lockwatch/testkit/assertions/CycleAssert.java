package io.lockwatch.testkit.assertions;

import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.report.model.CycleEdge;
import io.lockwatch.report.model.LockDescription;
import io.lockwatch.report.model.LockOrderCycle;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/** Assertions on one lock-order cycle of a report. */
public final class CycleAssert extends AbstractAssert<CycleAssert, LockOrderCycle> {
  private static final Set<String> LOCK_KINDS =
      Set.of("monitor", "lock", "read-write-lock", "stamped-lock", "semaphore", "class-level");

  /** Kinds of a thread waiting for its own hold: one edge, one thread. */
  private static final Set<String> SELF_KINDS = Set.of("upgrade", "self-deadlock");

  CycleAssert(LockOrderCycle actual) {
    super(actual, CycleAssert.class);
  }

  /**
   * The cycle's {@code kind}: {@code deadlock}, {@code read-write}, {@code stall}, {@code
   * permit-exhaustion}, {@code upgrade} or {@code self-deadlock}.
   */
  public CycleAssert ofKind(String kind) {
    assertThat(actual.kind()).as("kind of %s", actual.chain()).isEqualTo(kind);
    return this;
  }

  public CycleAssert ofSeverity(String severity) {
    assertThat(actual.severity()).as("severity of %s", actual.chain()).isEqualTo(severity);
    return this;
  }

  /** Whether the cycle is predicted (between other objects of its lock classes). */
  public CycleAssert isPredicted(boolean predicted) {
    assertThat(actual.predicted()).as("predicted of %s", actual.chain()).isEqualTo(predicted);
    return this;
  }

  /** The cycle's {@code detail} says this. */
  public CycleAssert hasDetailContaining(String part) {
    assertThat(actual.detail()).as("detail of %s", actual.chain()).isNotNull().contains(part);
    return this;
  }

  /** At least this many instance cycles follow the finding. */
  public CycleAssert hasAtLeastOccurrences(int occurrences) {
    assertThat(actual.occurrences())
        .as("occurrences of %s", actual.chain())
        .isGreaterThanOrEqualTo(occurrences);
    return this;
  }

  /** How many instance cycles the finding folds (e.g. one per account pair). */
  public CycleAssert hasOccurrences(int occurrences) {
    assertThat(actual.occurrences()).as("occurrences of %s", actual.chain()).isEqualTo(occurrences);
    return this;
  }

  /**
   * The parts every finding must have: a fingerprint, a chain, a scenario naming the threads, locks
   * with readable names, edges that close the cycle, each from another thread, and stacks for both
   * ends of each edge.
   */
  public CycleAssert isWellFormed() {
    assertThat(actual.fingerprint()).as("fingerprint").isNotBlank();
    assertThat(actual.chain()).as("chain").isNotBlank();
    assertThat(actual.occurrences()).as("occurrences").isGreaterThanOrEqualTo(1);
    List<CycleEdge> edges = actual.edges();
    boolean self = SELF_KINDS.contains(actual.kind());
    assertThat(edges).as("edges").hasSizeGreaterThanOrEqualTo(self ? 1 : 2);
    assertThat(actual.locks()).as("locks (one per edge)").hasSameSizeAs(edges);

    Set<Integer> ids = new HashSet<>();
    for (LockDescription lock : actual.locks()) {
      assertThat(ids.add(lock.id()) || self).as("lock id %d is unique", lock.id()).isTrue();
      assertThat(lock.type()).as("type of lock %d", lock.id()).isNotBlank();
      assertThat(lock.kind()).as("kind of lock %d", lock.id()).isIn(LOCK_KINDS);
      SiteChecks.assertReadable(lock.name(), "name of lock " + lock.id());
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
          .contains(lock(edge.from()).name());
      SiteChecks.assertStackStartsAt(edge.heldStack(), edge.heldAt(), "heldStack of edge " + i);
      SiteChecks.assertStackStartsAt(
          edge.acquiredStack(), edge.acquiredAt(), "acquiredStack of edge " + i);
    }
    List<String> threads = edges.stream().map(CycleEdge::thread).collect(Collectors.toList());
    assertThat(threads).as("threads of the edges").doesNotContainNull().doesNotHaveDuplicates();
    assertThat(actual.scenario()).as("scenario").isNotEmpty();
    String scenario = String.join("\n", actual.scenario());
    for (String thread : threads) {
      assertThat(scenario).as("scenario mentions thread %s", thread).contains(thread);
    }
    return this;
  }

  /** The edges are exactly those of these threads, one each. */
  public CycleAssert hasEdgesOf(String... threads) {
    assertThat(actual.edges())
        .as("threads of the edges of %s", actual.chain())
        .extracting(CycleEdge::thread)
        .containsExactlyInAnyOrder(threads);
    return this;
  }

  /** The one edge this thread contributed. */
  public EdgeAssert edgeOf(String thread) {
    List<CycleEdge> edges =
        actual.edges().stream().filter(e -> thread.equals(e.thread())).collect(Collectors.toList());
    assertThat(edges).as("edges of thread %s in %s", thread, actual.chain()).hasSize(1);
    return new EdgeAssert(edges.get(0), actual);
  }

  /** Every lock of the cycle has this kind, and a runtime type that starts with the prefix. */
  public CycleAssert allLocksAre(String kind, String typePrefix) {
    for (LockDescription lock : actual.locks()) {
      assertThat(lock.kind()).as("kind of %s", lock.name()).isEqualTo(kind);
      assertThat(lock.type()).as("type of %s", lock.name()).startsWith(typePrefix);
    }
    return this;
  }

  /** Every lock of the cycle has this kind. */
  public CycleAssert allLocksOfKind(String kind) {
    return allLocks(lock -> assertThat(lock.kind()).as("kind of %s", lock.name()).isEqualTo(kind));
  }

  /** Every lock of the cycle has a runtime type that starts with the prefix. */
  public CycleAssert allLockTypesStartWith(String typePrefix) {
    return allLocks(
        lock -> assertThat(lock.type()).as("type of %s", lock.name()).startsWith(typePrefix));
  }

  /** Every lock's readable name contains {@code part}. */
  public CycleAssert allLockNamesContain(String part) {
    return allLocks(
        lock -> assertThat(lock.name()).as("name of lock %d", lock.id()).contains(part));
  }

  /** Some lock's readable name contains {@code part}. */
  public CycleAssert hasLockNamed(String part) {
    assertThat(actual.locks())
        .as("locks of %s", actual.chain())
        .anySatisfy(lock -> assertThat(lock.name()).contains(part));
    return this;
  }

  private CycleAssert allLocks(Consumer<LockDescription> requirement) {
    assertThat(actual.locks()).as("locks of %s", actual.chain()).allSatisfy(requirement);
    return this;
  }

  /**
   * The one lock of the cycle of this kind ({@code monitor}, {@code lock}, {@code semaphore}...).
   */
  public LockAssert singleLockOfKind(String kind) {
    List<LockDescription> locks =
        actual.locks().stream().filter(l -> kind.equals(l.kind())).collect(Collectors.toList());
    assertThat(locks).as("locks of kind %s in %s", kind, actual.chain()).hasSize(1);
    return new LockAssert(locks.get(0));
  }

  /** The description of lock {@code id} of the cycle. */
  LockDescription lock(int id) {
    return lockOf(actual, id);
  }

  static LockDescription lockOf(LockOrderCycle cycle, int id) {
    return cycle.locks().stream()
        .filter(lock -> lock.id() == id)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no lock " + id + " in " + cycle.locks()));
  }
}
