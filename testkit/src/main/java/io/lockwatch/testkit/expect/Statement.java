package io.lockwatch.testkit.expect;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The words of the {@code @expect:} language, what each may say, and whether it is about the line
 * it is written on. See {@code package-info.java} for the whole syntax.
 */
public enum Statement {
  /** No finding of any kind. */
  NONE("none", false, Set.of(), Set.of()),
  /** One lock-order cycle with these properties (one statement per expected cycle). */
  CYCLE(
      "cycle",
      false,
      Set.of("kind", "severity"),
      Set.of(
          "occurrences",
          "minOccurrences",
          "predicted",
          "detail",
          "lockKind",
          "lockType",
          "lockName",
          "withLock")),
  /** One unguarded field, named relative to the file's package (one statement per field). */
  RACE("race", false, Set.of("field", "observed"), Set.of("severity", "index")),
  /** One wait hazard (one statement per hazard). */
  HAZARD("hazard", false, Set.of("kind", "severity"), Set.of("thread", "lockHeld")),
  /** One deadlock that really happens. */
  DEADLOCK("deadlock", false, Set.of("detectedBy"), Set.of()),
  /** A thread of the observed deadlock: the deadlock has exactly the threads so named. */
  DEADLOCKED("deadlocked", false, Set.of("thread"), Set.of("holds", "waitsFor")),
  /** {@code summary.cyclesFiltered[by]} is above 0. */
  FILTERED("filtered", false, Set.of("by"), Set.of()),
  /**
   * The analysis ran out of this budget ({@code summary.incomplete}); without it, it is complete.
   */
  INCOMPLETE("incomplete", false, Set.of("budget"), Set.of()),
  /** Bounds on summary counters: {@code counter>=n} or {@code counter=n}. */
  SUMMARY("summary", false, null, null),
  /** Values the report's {@code run.options} must show: {@code key=value}. */
  OPTION("option", false, null, null),
  /** How the JVM ends: exit code, at most how long it takes, the report's {@code run.reason}. */
  EXIT("exit", false, Set.of("code"), Set.of("within", "reason")),
  /** Text the program prints on stdout. */
  STDOUT("stdout", false, Set.of("contains"), Set.of()),
  /** A code-level lock-order edge between locks whose names contain {@code from} and {@code to}. */
  ORDER_EDGE("order-edge", false, Set.of("from", "to"), Set.of()),
  /** The racy twin of a race-free target, run the same way, has a race: silence means something. */
  TWIN("twin", false, Set.of("target"), Set.of()),
  /** This line took the lock a thread held when it closed the cycle. */
  CYCLE_HELD("cycle-held", true, Set.of("thread"), Set.of("lock", "lockKind")),
  /** This line acquired the next lock of the cycle (in this mode, when given). */
  CYCLE_ACQUIRED("cycle-acquired", true, Set.of("thread"), Set.of("mode", "lock", "lockKind")),
  /** A lock of the cycle of this kind was first seen at this line. */
  CYCLE_LOCK("cycle-lock", true, Set.of("kind"), Set.of("type", "name")),
  /** A racing read at this line. */
  RACE_READ("race-read", true, Set.of(), Set.of("thread", "locks", "field")),
  /** A racing write at this line. */
  RACE_WRITE("race-write", true, Set.of(), Set.of("thread", "locks", "field")),
  /** A racing read or write at this line. */
  RACE_ACCESS("race-access", true, Set.of(), Set.of("thread", "locks", "field")),
  /** This line took the lock held during the hazardous wait. */
  HAZARD_HELD("hazard-held", true, Set.of(), Set.of()),
  /** This line is the hazardous wait. */
  HAZARD_WAIT("hazard-wait", true, Set.of(), Set.of());

  /** The argument every statement may carry: the run it belongs to (default: the plain run). */
  public static final String RUN = "run";

  private final String word;
  private final boolean aboutItsLine;
  private final Set<String> required;
  private final Set<String> optional;

  Statement(String word, boolean aboutItsLine, Set<String> required, Set<String> optional) {
    this.word = word;
    this.aboutItsLine = aboutItsLine;
    this.required = required;
    this.optional = optional;
  }

  /** The statement of this word, e.g. {@code cycle-held}. */
  public static Optional<Statement> of(String word) {
    return Arrays.stream(values()).filter(s -> s.word.equals(word)).findFirst();
  }

  /** How it is written after {@code @expect:}. */
  public String word() {
    return word;
  }

  /** True when the statement is about the line it is written on (a site of a finding). */
  public boolean isAboutItsLine() {
    return aboutItsLine;
  }

  /** True for the statements that each expect one finding. */
  public boolean isFinding() {
    return this == CYCLE || this == RACE || this == HAZARD || this == DEADLOCK;
  }

  /** True for the racing-access statements. */
  public boolean isRaceAccess() {
    return this == RACE_READ || this == RACE_WRITE || this == RACE_ACCESS;
  }

  /** True when the keys are not fixed (counter names, option names). */
  public boolean hasFreeKeys() {
    return required == null;
  }

  /** Keys the statement must have. */
  public Set<String> required() {
    return required == null ? Set.of() : required;
  }

  /** True when the statement may carry this key. */
  public boolean allows(String key) {
    return key.equals(RUN) || hasFreeKeys() || required.contains(key) || optional.contains(key);
  }
}
