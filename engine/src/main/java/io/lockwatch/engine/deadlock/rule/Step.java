package io.lockwatch.engine.deadlock.rule;

import io.lockwatch.engine.deadlock.Share;
import io.lockwatch.engine.deadlock.Wait;

/**
 * One step of a chain the rules judge: some thread, holding the lock {@link #from()} (and its
 * gates), waited for the lock {@link #to()}. The same view serves lock classes and lock objects;
 * the ids are of whichever the chain is made of.
 */
public interface Step {
  /** The lock held. */
  int from();

  /** The lock waited for. */
  int to();

  /** The threads that took this step, sorted (never empty). */
  int[] threads();

  /** The exclusive locks held when waiting, {@link #from()} included when exclusive, sorted. */
  int[] gates();

  /** How the thread waited for {@link #to()}. */
  Wait waitKind();

  /** How {@link #from()} was held. */
  Share fromShare();

  /** How {@link #to()} was requested. */
  Share toShare();

  /** For a semaphore {@link #from()}: the most permits of it one of the threads held, else 1. */
  int fromPermits();
}
