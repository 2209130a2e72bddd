package io.lockwatch.testkit.assertions;

import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.report.model.AgentError;
import io.lockwatch.report.model.CodeEdge;
import io.lockwatch.report.model.Report;
import io.lockwatch.report.model.UnguardedField;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * Fluent assertions on a Lockwatch report. Start from {@link LockwatchAssertions#assertThat}:
 *
 * <pre>{@code
 * assertThat(report).hasSingleCycle().ofKind("deadlock").edgeOf("teller-1").heldAt(line);
 * assertThat(report).hasRaceOn("com.example.Bank$Account.balance").isObserved();
 * assertThat(report).hasNoFindings().hasOption("races", "on");
 * }</pre>
 *
 * <p>Each {@code hasSingle...} also checks the summary's count of that section and the finding's
 * shape (fingerprint, readable names, stacks), so a test of one property cannot pass on a malformed
 * finding.
 */
public final class ReportAssert extends AbstractAssert<ReportAssert, Report> {
  /** A finding section: its JSON key, its entries, and the summary counter that counts them. */
  private record Section(String key, Function<Report, List<?>> entries, String counter) {}

  private static final Section CYCLES =
      new Section("lockOrderCycles", Report::lockOrderCycles, "cyclesReported");
  private static final Section DEADLOCKS =
      new Section("observedDeadlocks", Report::observedDeadlocks, "observedDeadlocks");
  private static final Section RACES =
      new Section("unguardedFields", Report::unguardedFields, "unguardedFields");
  private static final Section HAZARDS =
      new Section("waitHazards", Report::waitHazards, "waitHazards");

  private final String where;

  ReportAssert(Report actual, String where) {
    super(actual, ReportAssert.class);
    this.where = where;
  }

  /** No finding of any kind: every section empty, every summary count 0. */
  public ReportAssert hasNoFindings() {
    for (Section section : List.of(CYCLES, DEADLOCKS, RACES, HAZARDS)) {
      hasEntries(section, 0);
    }
    return this;
  }

  /** Exactly {@code count} lock-order cycles, as the summary says too. */
  public ReportAssert hasCycles(int count) {
    return hasEntries(CYCLES, count);
  }

  /** No lock-order cycle. */
  public ReportAssert hasNoCycle() {
    return hasCycles(0);
  }

  /** The one lock-order cycle, after checking its shape. */
  public CycleAssert hasSingleCycle() {
    hasCycles(1);
    return new CycleAssert(actual.lockOrderCycles().get(0)).isWellFormed();
  }

  /** Exactly {@code count} unguarded fields, as the summary says too. */
  public ReportAssert hasRaces(int count) {
    return hasEntries(RACES, count);
  }

  /** No unguarded field. */
  public ReportAssert hasNoRace() {
    return hasRaces(0);
  }

  /**
   * The one unguarded field, {@code field} (binary class name, dot, field name), after checking its
   * shape.
   */
  public RaceAssert hasRaceOn(String field) {
    assertThat(actual.unguardedFields())
        .as("unguardedFields in %s", where)
        .extracting(UnguardedField::field)
        .containsExactly(field);
    hasRaces(1);
    return new RaceAssert(actual.unguardedFields().get(0)).isWellFormed();
  }

  /**
   * The entry for {@code field} among the unguarded fields (there may be others), after checking
   * its shape.
   */
  public RaceAssert raceOn(String field) {
    List<UnguardedField> mine =
        actual.unguardedFields().stream()
            .filter(entry -> field.equals(entry.field()))
            .collect(Collectors.toList());
    assertThat(mine).as("unguardedFields named %s in %s", field, where).hasSize(1);
    return new RaceAssert(mine.get(0)).isWellFormed();
  }

  /** Some lock-order cycle is well formed and satisfies the requirements. */
  public ReportAssert hasCycleSatisfying(Consumer<CycleAssert> requirements) {
    assertThat(actual.lockOrderCycles())
        .as("lockOrderCycles in %s", where)
        .anySatisfy(cycle -> requirements.accept(new CycleAssert(cycle).isWellFormed()));
    return this;
  }

  /** Some wait hazard is well formed and satisfies the requirements. */
  public ReportAssert hasWaitHazardSatisfying(Consumer<HazardAssert> requirements) {
    assertThat(actual.waitHazards())
        .as("waitHazards in %s", where)
        .anySatisfy(hazard -> requirements.accept(new HazardAssert(hazard).isWellFormed()));
    return this;
  }

  /** Exactly {@code count} wait hazards, as the summary says too. */
  public ReportAssert hasWaitHazards(int count) {
    return hasEntries(HAZARDS, count);
  }

  /** The one wait hazard, after checking its shape. */
  public HazardAssert hasSingleWaitHazard() {
    hasWaitHazards(1);
    return new HazardAssert(actual.waitHazards().get(0)).isWellFormed();
  }

  /** Exactly {@code count} deadlocks that really happened, as the summary says too. */
  public ReportAssert hasObservedDeadlocks(int count) {
    return hasEntries(DEADLOCKS, count);
  }

  /** The one deadlock that really happened, after checking its shape. */
  public DeadlockAssert hasSingleObservedDeadlock() {
    hasObservedDeadlocks(1);
    return new DeadlockAssert(actual.observedDeadlocks().get(0)).isWellFormed();
  }

  /** The section has {@code count} entries, and the summary's counter of it says so too. */
  private ReportAssert hasEntries(Section section, int count) {
    assertThat(section.entries().apply(actual)).as("%s in %s", section.key(), where).hasSize(count);
    assertThat(SummaryCounters.value(actual.summary(), section.counter()))
        .as("summary.%s in %s", section.counter(), where)
        .isEqualTo(count);
    return this;
  }

  /** The agent absorbed no error. */
  public ReportAssert hasNoAgentErrors() {
    assertThat(actual.agentErrors()).as("agentErrors in %s", where).isEmpty();
    return this;
  }

  /** The agent absorbed no error of this kind (e.g. {@code hook}: a hook that threw). */
  public ReportAssert hasNoAgentErrorOfKind(String kind) {
    assertThat(actual.agentErrors())
        .as("agentErrors of kind %s in %s", kind, where)
        .extracting(AgentError::kind)
        .doesNotContain(kind);
    return this;
  }

  /** The report's {@code run.options} shows the option with this value (defaults included). */
  public ReportAssert hasOption(String key, String value) {
    assertThat(actual.run().options()).as("run.options in %s", where).containsEntry(key, value);
    return this;
  }

  /** Why the agent wrote the report: {@code exit}, {@code deadlock}... ({@code run.reason}). */
  public ReportAssert endedBecause(String reason) {
    assertThat(actual.run().reason()).as("run.reason in %s", where).isEqualTo(reason);
    return this;
  }

  /** {@code summary.cyclesFiltered[filter]} is above 0: the filter removed a cycle. */
  public ReportAssert hasFiltered(String filter) {
    Map<String, Long> filtered = actual.summary().cyclesFiltered();
    Long count = filtered == null ? null : filtered.get(filter);
    assertThat(count == null ? 0 : count)
        .as("summary.cyclesFiltered.%s in %s", filter, where)
        .isPositive();
    return this;
  }

  /** The summary counter of this name is at least {@code value}. */
  public ReportAssert hasCounterAtLeast(String counter, long value) {
    assertThat(SummaryCounters.value(actual.summary(), counter))
        .as("summary.%s in %s", counter, where)
        .isGreaterThanOrEqualTo(value);
    return this;
  }

  /** The summary counter of this name is exactly {@code value}. */
  public ReportAssert hasCounter(String counter, long value) {
    assertThat(SummaryCounters.value(actual.summary(), counter))
        .as("summary.%s in %s", counter, where)
        .isEqualTo(value);
    return this;
  }

  /**
   * Some code-level lock-order edge goes from a lock whose name contains {@code from} to one whose
   * name contains {@code to}.
   */
  public ReportAssert hasOrderEdge(String from, String to) {
    List<CodeEdge> edges = actual.codeEdges();
    assertThat(edges)
        .as("lockOrderEdges in %s: one from '%s' to '%s'", where, from, to)
        .anySatisfy(
            edge -> {
              assertThat(edge.fromLock()).contains(from);
              assertThat(edge.toLock()).contains(to);
            });
    return this;
  }
}
