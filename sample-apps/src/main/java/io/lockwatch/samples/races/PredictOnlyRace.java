package io.lockwatch.samples.races;

import static io.lockwatch.samples.SampleThreads.runTogether;

/**
 * Two clerks take turns updating a shared tally: the {@code east-clerk} while holding {@code
 * EAST_LOCK}, the {@code west-clerk} while holding {@code WEST_LOCK}: two unrelated locks, so the
 * tally has no common guard. They pass the turn to each other through a flag guarded by a third
 * lock, {@code TURN_LOCK}. Drop the turn-taking and the updates race; with it, they cannot.
 *
 * <p>With {@code races=on} Lockwatch should find nothing: every pair of accesses is ordered by
 * happens-before. With {@code races=predict} (WCP) it should find nothing either, and that is the
 * point of this sample: the turn's critical sections conflict (one writes {@code clerk}, the next
 * reads it), so every correct reordering of this run, in which each clerk still sees the turn it
 * saw, keeps the updates apart. (The lockset prediction that {@code predict} used to be reported
 * the tally here: a false alarm about this run, if a fair warning about the design.)
 */
public final class PredictOnlyRace {
  // @expect:none
  // @expect:option(races=on)
  // @expect:summary(acquisitions>=12)
  // @expect:none(run=predict)
  // @expect:option(races=predict,run=predict)
  // @expect:summary(acquisitions>=1,run=predict)
  static final Object EAST_LOCK = new Object();
  static final Object WEST_LOCK = new Object();
  static final Object TURN_LOCK = new Object();
  public static final int ROUNDS = 3;

  /** The shared tally: each clerk holds a lock when updating it, but not the same one. */
  static final class Tally {
    int count;
  }

  /** Whose turn it is; guarded by {@code TURN_LOCK}. */
  static final class Turn {
    private String clerk = "east-clerk";

    void awaitMine(String me) {
      while (true) {
        synchronized (TURN_LOCK) { // @site:check-turn
          if (clerk.equals(me)) {
            return;
          }
        }
        Thread.onSpinWait();
      }
    }

    void passTo(String other) {
      synchronized (TURN_LOCK) { // @site:pass-turn
        clerk = other;
      }
    }
  }

  private PredictOnlyRace() {}

  public static void main(String[] args) throws InterruptedException {
    Tally tally = new Tally();
    Turn turn = new Turn();
    Thread east =
        new Thread(
            () -> {
              for (int i = 0; i < ROUNDS; i++) {
                turn.awaitMine("east-clerk");
                synchronized (EAST_LOCK) { // @site:east-lock
                  tally.count++;
                }
                turn.passTo("west-clerk");
              }
            },
            "east-clerk");
    Thread west =
        new Thread(
            () -> {
              for (int i = 0; i < ROUNDS; i++) {
                turn.awaitMine("west-clerk");
                synchronized (WEST_LOCK) { // @site:west-lock
                  tally.count++;
                }
                turn.passTo("east-clerk");
              }
            },
            "west-clerk");
    runTogether(east, west);
    System.out.println("PredictOnlyRace: done, tally " + tally.count + " of " + 2 * ROUNDS);
  }
}
