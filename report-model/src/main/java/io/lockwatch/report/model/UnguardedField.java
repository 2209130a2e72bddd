package io.lockwatch.report.model;

import java.util.List;

/**
 * A field that several threads access with at least one write and no ordering between them.
 *
 * @param field {@code com.example.Bank.balance}
 * @param observedRace true when this run saw two accesses unordered by happens-before; false when
 *     only the lockset prediction ({@code races=predict}) flags it
 * @param accesses the two conflicting accesses
 */
public record UnguardedField(
    String fingerprint,
    String severity,
    String field,
    boolean observedRace,
    List<FieldAccess> accesses) {

  /**
   * One access to the field.
   *
   * @param kind {@code read} or {@code write}
   * @param locksHeld readable names of the locks held at the access
   */
  public record FieldAccess(
      String thread, String kind, Site site, List<String> locksHeld, List<Site> stack) {}
}
