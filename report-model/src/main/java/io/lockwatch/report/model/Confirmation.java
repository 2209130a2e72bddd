package io.lockwatch.report.model;

/**
 * What a confirm run ({@code confirm=PATH}) made of a predicted lock-order cycle: the schedule was
 * steered towards it and it really deadlocked, or it did not, or the run showed it cannot.
 *
 * @param status {@code confirmed} (the deadlock formed: an observed deadlock {@code confirms} it),
 *     {@code not-reproduced} (the pauses were tried and nothing formed, or a site was never
 *     reached) or {@code unreachable} (happens-before through start and join orders two of its
 *     steps: their threads can never be inside their first locks at once)
 * @param detail what was tried, or what orders the steps
 */
public record Confirmation(String status, String detail) {

  /** The deadlock formed. */
  public static final String CONFIRMED = "confirmed";

  /** The pauses were tried and nothing formed. */
  public static final String NOT_REPRODUCED = "not-reproduced";

  /** Start and join order two of the cycle's steps. */
  public static final String UNREACHABLE = "unreachable";

  /** True for {@link #CONFIRMED}. */
  public boolean confirmed() {
    return CONFIRMED.equals(status);
  }
}
