package io.lockwatch.samples;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What Lockwatch should report for a sample, as data that {@link Verdict} checks a report against:
 * an exact count per report section (0 when not given), the properties every entry of a section
 * must share, the exit code of the watched JVM, and the summary counter that proves the agent saw
 * the sample's activity (so that a report with no finding cannot pass by seeing nothing).
 *
 * <p>Start from {@link #nothing}, {@link #filtered}, {@link #cycles}, {@link #waitHazards}, {@link
 * #races} or {@link #deadlock}, then refine with the {@code with...} methods:
 *
 * <pre>{@code
 * Expected.cycles(1, "deadlock", "high", "...").withWaitHazards(1, "Semaphore.acquire")
 * }</pre>
 *
 * @param words the expectation as a person would say it
 * @param counts expected entries per section; sections not in the map expect none
 * @param cycleKind the {@code kind} every expected lock-order cycle has, or null
 * @param cycleSeverity the {@code severity} every expected lock-order cycle has, or null
 * @param filteredBy the {@code summary.cyclesFiltered} key that must be above 0, or null
 * @param waitKind the {@code waitKind} every expected wait hazard has, or null
 * @param detectedBy the {@code detectedBy} ({@code jvm} or {@code agent}) every expected observed
 *     deadlock has, or null
 * @param observedRace the {@code observedRace} every expected unguarded field has, or null
 * @param exitCode the exit code of the watched JVM: 0, or {@value #DEADLOCK_EXIT} when {@code
 *     onDeadlock=exit} ends it
 * @param evidence the {@code summary} counter (a component of {@code
 *     io.lockwatch.report.model.Summary}) that must be above 0: {@code acquisitions} for samples
 *     that take locks, {@code fieldAccesses} for race samples that take none
 * @param options agent options the report's {@code run.options} must show with these values
 *     (defaults included), e.g. {@code races=on} for a race sample run with the defaults, so that
 *     a report from an agent that does not know the option cannot pass
 */
public record Expected(
    String words,
    Map<ReportSection, Integer> counts,
    String cycleKind,
    String cycleSeverity,
    String filteredBy,
    String waitKind,
    String detectedBy,
    Boolean observedRace,
    int exitCode,
    String evidence,
    Map<String, String> options) {

  /** The exit code of a JVM that {@code onDeadlock=exit} ended. */
  public static final int DEADLOCK_EXIT = 86;

  /** The evidence of a sample that takes locks: the agent counted its acquisitions. */
  public static final String ACQUISITIONS = "acquisitions";

  /**
   * The evidence of a sample that takes no lock at all (atomics, volatile, hand-offs through
   * queues, latches and executors): the agent counted the field accesses it watched for races.
   * The integration tests add more proof: the racy twin of the sample, run with the same options,
   * is reported.
   */
  public static final String FIELD_ACCESSES = "fieldAccesses";

  /**
   * The only evidence left when neither locks nor watched fields are expected (a lock-free sample
   * run with {@code races=off}): the agent instrumented classes.
   */
  public static final String CLASSES_INSTRUMENTED = "classesInstrumented";

  public Expected {
    EnumMap<ReportSection, Integer> copy = new EnumMap<>(ReportSection.class);
    copy.putAll(counts);
    counts = Collections.unmodifiableMap(copy);
    options = Collections.unmodifiableMap(new TreeMap<>(options));
  }

  /** No finding in any section. */
  public static Expected nothing(String words) {
    return new Expected(
        words, Map.of(), null, null, null, null, null, null, 0, ACQUISITIONS, Map.of());
  }

  /** No finding in any section, because the named filter removed a cycle. */
  public static Expected filtered(String filter, String words) {
    return nothing(words).withFilteredBy(filter);
  }

  /** Exactly {@code count} lock-order cycles, each of this kind and severity. */
  public static Expected cycles(int count, String kind, String severity, String words) {
    return nothing(words).withCycles(count, kind, severity);
  }

  /** Exactly {@code count} wait hazards, each waiting in {@code waitKind}. */
  public static Expected waitHazards(int count, String waitKind, String words) {
    return nothing(words).withWaitHazards(count, waitKind);
  }

  /**
   * Exactly {@code count} unguarded fields, each with this {@code observedRace}: true for a race
   * this run really had, false for one only the lockset prediction ({@code races=predict}) finds.
   */
  public static Expected races(int count, boolean observed, String words) {
    return nothing(words).with(ReportSection.UNGUARDED_FIELDS, count).withObservedRace(observed);
  }

  /**
   * One deadlock that really happened, seen by {@code detectedBy}, after which {@code
   * onDeadlock=exit} ends the JVM with {@value #DEADLOCK_EXIT}.
   */
  public static Expected deadlock(String detectedBy, String words) {
    return nothing(words)
        .with(ReportSection.OBSERVED_DEADLOCKS, 1)
        .withDetectedBy(detectedBy)
        .withExitCode(DEADLOCK_EXIT);
  }

  /** This expectation, also expecting {@code count} entries in {@code section}. */
  public Expected with(ReportSection section, int count) {
    EnumMap<ReportSection, Integer> more = new EnumMap<>(ReportSection.class);
    more.putAll(counts);
    more.put(section, count);
    return new Expected(
        words, more, cycleKind, cycleSeverity, filteredBy, waitKind, detectedBy, observedRace,
        exitCode, evidence, options);
  }

  /** Also exactly {@code count} lock-order cycles of this kind and severity. */
  public Expected withCycles(int count, String kind, String severity) {
    return with(ReportSection.LOCK_ORDER_CYCLES, count).copy(kind, severity, filteredBy, waitKind);
  }

  /** Also exactly {@code count} wait hazards in {@code kind}. */
  public Expected withWaitHazards(int count, String kind) {
    return with(ReportSection.WAIT_HAZARDS, count)
        .copy(cycleKind, cycleSeverity, filteredBy, kind);
  }

  /** The named {@code summary.cyclesFiltered} counter must be above 0. */
  public Expected withFilteredBy(String filter) {
    return copy(cycleKind, cycleSeverity, filter, waitKind);
  }

  /** Every observed deadlock is detected by {@code jvm} or {@code agent}. */
  public Expected withDetectedBy(String by) {
    return new Expected(
        words, counts, cycleKind, cycleSeverity, filteredBy, waitKind, by, observedRace, exitCode,
        evidence, options);
  }

  /** Every unguarded field has this {@code observedRace}. */
  public Expected withObservedRace(boolean observed) {
    return new Expected(
        words, counts, cycleKind, cycleSeverity, filteredBy, waitKind, detectedBy, observed,
        exitCode, evidence, options);
  }

  /** The watched JVM ends with this exit code. */
  public Expected withExitCode(int code) {
    return new Expected(
        words, counts, cycleKind, cycleSeverity, filteredBy, waitKind, detectedBy, observedRace,
        code, evidence, options);
  }

  /**
   * The sample takes no lock: {@code summary.acquisitions} is 0, and the evidence that the agent
   * watched it is {@value #FIELD_ACCESSES}.
   */
  public Expected withoutLocks() {
    return evidencedBy(FIELD_ACCESSES);
  }

  /** The {@code summary} counter that must be above 0 (see {@link #evidence()}). */
  public Expected evidencedBy(String counter) {
    return new Expected(
        words, counts, cycleKind, cycleSeverity, filteredBy, waitKind, detectedBy, observedRace,
        exitCode, counter, options);
  }

  /** The report's {@code run.options} must show {@code key=value}. */
  public Expected withOption(String key, String value) {
    Map<String, String> more = new TreeMap<>(options);
    more.put(key, value);
    return new Expected(
        words, counts, cycleKind, cycleSeverity, filteredBy, waitKind, detectedBy, observedRace,
        exitCode, evidence, more);
  }

  /** The expected number of entries in {@code section}. */
  public int count(ReportSection section) {
    return counts.getOrDefault(section, 0);
  }

  /** True when the sample expects no finding in any section. */
  public boolean expectsNothing() {
    return counts.values().stream().allMatch(count -> count == 0);
  }

  private Expected copy(String kind, String severity, String filter, String wait) {
    return new Expected(
        words, counts, kind, severity, filter, wait, detectedBy, observedRace, exitCode, evidence,
        options);
  }
}
