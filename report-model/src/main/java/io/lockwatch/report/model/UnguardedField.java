package io.lockwatch.report.model;

import java.util.List;

/**
 * A field that several threads access with at least one write and no ordering between them.
 *
 * @param field {@code com.example.Bank.balance}
 * @param observedRace true when this run saw two accesses unordered by happens-before; false when
 *     only the lockset prediction ({@code races=predict}) flags it
 * @param accesses the two conflicting accesses
 * @param tests the tests that exposed it ({@code com.example.BankTest#transfer}), or null when
 *     unknown (reports written without per-test attribution)
 */
public record UnguardedField(
    String fingerprint,
    String severity,
    String field,
    boolean observedRace,
    List<FieldAccess> accesses,
    List<String> tests) {

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
   * One access to the field.
   *
   * @param kind {@code read} or {@code write}
   * @param locksHeld readable names of the locks held at the access
   */
  public record FieldAccess(
      String thread, String kind, Site site, List<String> locksHeld, List<Site> stack) {}
}
