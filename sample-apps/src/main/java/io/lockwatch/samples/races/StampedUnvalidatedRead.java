package io.lockwatch.samples.races;

import static io.lockwatch.samples.SampleThreads.runTogether;

import java.util.concurrent.locks.StampedLock;

/**
 * {@link StampedOptimisticRead} with the validation forgotten: the reader takes an optimistic stamp
 * and uses what it read without asking {@code validate}, so it can see a coordinate a writer is
 * changing. Nothing orders those reads with the writes that follow them.
 *
 * <p>Lockwatch checks an optimistic section's reads when the section ends without {@code validate}
 * (here, when the next one opens) and reports {@code StampedUnvalidatedRead$Point.x}.
 */
public final class StampedUnvalidatedRead {
  // @expect:race(field=StampedUnvalidatedRead$Point.x,observed=true)
  // @expect:option(races=on)
  // @expect:summary(fieldAccesses>=1,acquisitions>=1)
  static final int MOVES = 20_000;

  /** A point whose coordinate its stamped lock guards, read without validation. */
  static final class Point {
    private final StampedLock lock = new StampedLock();
    private double x;

    void move(double dx) {
      long stamp = lock.writeLock();
      try {
        x += dx; // @expect:race-access(thread=mover)
      } finally {
        lock.unlockWrite(stamp);
      }
    }

    double distanceFromOrigin() {
      lock.tryOptimisticRead(); // the stamp is never validated
      return Math.abs(x); // @expect:race-access(thread=reader)
    }
  }

  private StampedUnvalidatedRead() {}

  public static void main(String[] args) throws InterruptedException {
    Point point = new Point();
    double[] farthest = new double[1];
    Thread mover =
        new Thread(
            () -> {
              for (int i = 0; i < MOVES; i++) {
                point.move(1);
              }
            },
            "mover");
    Thread reader =
        new Thread(
            () -> {
              for (int i = 0; i < MOVES; i++) {
                farthest[0] = Math.max(farthest[0], point.distanceFromOrigin());
              }
            },
            "reader");
    runTogether(mover, reader);
    System.out.println("StampedUnvalidatedRead: done, farthest seen " + farthest[0]);
  }
}
