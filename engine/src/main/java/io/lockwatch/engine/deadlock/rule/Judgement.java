package io.lockwatch.engine.deadlock.rule;

import io.lockwatch.engine.deadlock.FindingKind;

/**
 * A closing rule's view of a cycle.
 *
 * @param kind what the cycle can do, as far as the rule sees
 * @param detail why, in words, when the rule weakened the kind (null otherwise)
 */
public record Judgement(FindingKind kind, String detail) {
  /** Nothing to object to: a deadlock. */
  public static final Judgement DEADLOCK = new Judgement(FindingKind.DEADLOCK, null);

  /** The weaker of two judgements; of two of the same kind, the one that says why. */
  public Judgement weaker(Judgement other) {
    if (other.kind.ordinal() != kind.ordinal()) {
      return other.kind.ordinal() > kind.ordinal() ? other : this;
    }
    return detail != null ? this : other;
  }
}
