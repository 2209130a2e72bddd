package io.lockwatch.report.model;

import java.util.List;

/**
 * A field (or an array's element) that several threads access with at least one write and no
 * ordering between them.
 *
 * @param field {@code com.example.Bank.balance}; for an array, what holds it ({@code
 *     com.example.Stats.counts[]}) or where it was allocated ({@code com.example.Stats.fill:new
 *     int[]})
 * @param observedRace true when this run saw two accesses unordered by happens-before; false when
 *     the predictive analysis ({@code races=predict}, WCP) proves another ordering of this run has
 *     them side by side
 * @param accesses the two conflicting accesses
 * @param tests the tests that exposed it ({@code com.example.BankTest#transfer}), or null when
 *     unknown (reports written without per-test attribution)
 * @param element for an array, the element whose accesses raced; null for a field
 * @param prediction for a predicted race, why it is predicted; null for an observed one
 */
public record UnguardedField(
    String fingerprint,
    String severity,
    String field,
    boolean observedRace,
    List<FieldAccess> accesses,
    List<String> tests,
    ArrayElement element,
    Prediction prediction) {

  /** A race without a prediction's explanation (observed, or from an older report). */
  public UnguardedField(
      String fingerprint,
      String severity,
      String field,
      boolean observedRace,
      List<FieldAccess> accesses,
      List<String> tests,
      ArrayElement element) {
    this(fingerprint, severity, field, observedRace, accesses, tests, element, null);
  }

  /** A field, or an array without element details. */
  public UnguardedField(
      String fingerprint,
      String severity,
      String field,
      boolean observedRace,
      List<FieldAccess> accesses,
      List<String> tests) {
    this(fingerprint, severity, field, observedRace, accesses, tests, null);
  }

  /** A field whose tests are unknown. */
  public UnguardedField(
      String fingerprint,
      String severity,
      String field,
      boolean observedRace,
      List<FieldAccess> accesses) {
    this(fingerprint, severity, field, observedRace, accesses, null);
  }

  /**
   * Why a race is predicted: this run ordered the two accesses only through locks whose critical
   * sections did not conflict, so a correct reordering of the same run has them side by side.
   *
   * @param orderedBy the lock through which the later thread followed the earlier access in this
   *     run (readable name), or null when a chain of several locks did
   * @param reason the argument in one sentence
   */
  public record Prediction(String orderedBy, String reason) {}

  /**
   * The array element of a race on an array.
   *
   * @param index the element's index
   * @param arrayType the array's type, {@code int[]}
   */
  public record ArrayElement(int index, String arrayType) {}

  /**
   * One access to the field.
   *
   * @param kind {@code read} or {@code write}
   * @param locksHeld readable names of the locks held at the access
   */
  public record FieldAccess(
      String thread, String kind, Site site, List<String> locksHeld, List<Site> stack) {}
}
