package io.lockwatch.report.check;

import io.lockwatch.report.model.UnguardedField;

/**
 * How a race was found, in words shared by the check text, SARIF and HTML: observed in this run, or
 * predicted by {@code races=predict} (WCP) from a reordering of it, with the lock that ordered the
 * accesses in this run and why that order was incidental.
 */
public final class RaceVerdict {
  private RaceVerdict() {}

  /** {@code observed race} or {@code predicted race}. */
  public static String of(UnguardedField field) {
    return field.observedRace() ? "observed race" : "predicted race";
  }

  /**
   * The lock that ordered the two accesses in this run, in words: its name, or {@code a chain of
   * locks} when several did; null for an observed race.
   */
  public static String orderedBy(UnguardedField field) {
    if (field.observedRace()) {
      return null;
    }
    UnguardedField.Prediction prediction = field.prediction();
    return prediction == null || prediction.orderedBy() == null
        ? "a chain of locks"
        : prediction.orderedBy();
  }

  /**
   * Why it is predicted, one sentence: {@code predicted (WCP): ordered in this run only by <lock>;
   * <reason>}; empty for an observed race.
   */
  public static String why(UnguardedField field) {
    if (field.observedRace()) {
      return "";
    }
    UnguardedField.Prediction prediction = field.prediction();
    String reason =
        prediction == null || prediction.reason() == null
            ? "this run did not see the two accesses unordered"
            : prediction.reason();
    return "predicted (WCP): ordered in this run only by " + orderedBy(field) + "; " + reason;
  }
}
