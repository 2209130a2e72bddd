package io.lockwatch.testkit.assertions;

import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.report.model.AgentError;
import io.lockwatch.report.model.CodeEdge;
import io.lockwatch.report.model.LockOrderCycle;
import io.lockwatch.report.model.ObservedDeadlock;
import io.lockwatch.report.model.Report;
import io.lockwatch.report.model.UnguardedField;
import io.lockwatch.report.model.WaitHazard;
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
  /**
   * A finding section: its JSON key, its entries, the summary counter that counts them, and the
   * assertion on one entry once its shape is checked.
   */
  private record Section<T, A>(
      String key, Function<Report, List<T>> entries, String counter, Function<T, A> checked) {}

  private static final Section<LockOrderCycle, CycleAssert> CYCLES =
      new Section<>(
          "lockOrderCycles",
          Report::lockOrderCycles,
          "cyclesReported",
          cycle -> new CycleAssert(cycle).isWellFormed());
  private static final Section<ObservedDeadlock, DeadlockAssert> DEADLOCKS =
      new Section<>(
          "observedDeadlocks",
          Report::observedDeadlocks,
          "observedDeadlocks",
          deadlock -> new DeadlockAssert(deadlock).isWellFormed());
  private static final Section<UnguardedField, RaceAssert> RACES =
      new Section<>(
          "unguardedFields",
          Report::unguardedFields,
          "unguardedFields",
          field -> new RaceAssert(field).isWellFormed());
  private static final Section<WaitHazard, HazardAssert> HAZARDS =
      new Section<>(
          "waitHazards",
          Report::waitHazards,
          "waitHazards",
          hazard -> new HazardAssert(hazard).isWellFormed());

  private final String where;

  ReportAssert(Report actual, String where) {
    super(actual, ReportAssert.class);
    this.where = where;
  }

  /** No finding of any kind: every section empty, every summary count 0. */
  public ReportAssert hasNoFindings() {
    for (Section<?, ?> section : List.of(CYCLES, DEADLOCKS, RACES, HAZARDS)) {
      hasEntries(section, 0);
    }
    return this;
  }

  /** Exactly {@code count} lock-order cycles, as the summary says too. */
  public ReportAssert hasCycles(int count) {
    return hasEntries(CYCLES, count);
  }

  /**
   * Exactly {@code count} lock-order cycles, and one of them is well formed and satisfies the
   * requirements: the only one itself when there is one.
   */
  public ReportAssert hasCycles(int count, Consumer<CycleAssert> requirements) {
    return hasEntries(CYCLES, count, requirements);
  }

  /** No lock-order cycle. */
  public ReportAssert hasNoCycle() {
    return hasCycles(0);
  }

  /** The one lock-order cycle, after checking its shape. */
  public CycleAssert hasSingleCycle() {
    return single(CYCLES);
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
    return single(RACES);
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
    return RACES.checked().apply(mine.get(0));
  }

  /** Some lock-order cycle is well formed and satisfies the requirements. */
  public ReportAssert hasCycleSatisfying(Consumer<CycleAssert> requirements) {
    return hasEntrySatisfying(CYCLES, requirements);
  }

  /** Some wait hazard is well formed and satisfies the requirements. */
  public ReportAssert hasWaitHazardSatisfying(Consumer<HazardAssert> requirements) {
    return hasEntrySatisfying(HAZARDS, requirements);
  }

  /** Exactly {@code count} wait hazards, as the summary says too. */
  public ReportAssert hasWaitHazards(int count) {
    return hasEntries(HAZARDS, count);
  }

  /**
   * Exactly {@code count} wait hazards, and one of them is well formed and satisfies the
   * requirements: the only one itself when there is one.
   */
  public ReportAssert hasWaitHazards(int count, Consumer<HazardAssert> requirements) {
    return hasEntries(HAZARDS, count, requirements);
  }

  /** The one wait hazard, after checking its shape. */
  public HazardAssert hasSingleWaitHazard() {
    return single(HAZARDS);
  }

  /** Exactly {@code count} deadlocks that really happened, as the summary says too. */
  public ReportAssert hasObservedDeadlocks(int count) {
    return hasEntries(DEADLOCKS, count);
  }

  /** The one deadlock that really happened, after checking its shape. */
  public DeadlockAssert hasSingleObservedDeadlock() {
    return single(DEADLOCKS);
  }

  /** The section has {@code count} entries, and the summary's counter of it says so too. */
  private ReportAssert hasEntries(Section<?, ?> section, int count) {
    assertThat(section.entries().apply(actual)).as("%s in %s", section.key(), where).hasSize(count);
    assertThat(SummaryCounters.value(actual.summary(), section.counter()))
        .as("summary.%s in %s", section.counter(), where)
        .isEqualTo(count);
    return this;
  }

  /**
   * The section has {@code count} entries, and its only entry satisfies the requirements, or with
   * several some entry does.
   */
  private <A> ReportAssert hasEntries(Section<?, A> section, int count, Consumer<A> requirements) {
    hasEntries(section, count);
    if (count == 1) {
      requirements.accept(single(section));
      return this;
    }
    return hasEntrySatisfying(section, requirements);
  }

  /** The section's one entry, after checking its shape. */
  private <T, A> A single(Section<T, A> section) {
    hasEntries(section, 1);
    return section.checked().apply(section.entries().apply(actual).get(0));
  }

  /** Some entry of the section is well formed and satisfies the requirements. */
  private <T, A> ReportAssert hasEntrySatisfying(Section<T, A> section, Consumer<A> requirements) {
    assertThat(section.entries().apply(actual))
        .as("%s in %s", section.key(), where)
        .anySatisfy(entry -> requirements.accept(section.checked().apply(entry)));
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
