package io.lockwatch.samples.races;

import static io.lockwatch.samples.SampleThreads.runTogether;

import java.util.concurrent.locks.StampedLock;

/**
 * The {@code StampedLock} idiom of its own documentation: readers read a point's coordinates
 * optimistically, without a lock, and {@code validate} the stamp; when a writer got in between,
 * they read again under the read lock. The optimistic reads do overlap the writes, but every value
 * a failed validation covers is thrown away, so the program is correct.
 *
 * <p>Lockwatch holds a section's reads back until {@code validate} and reports nothing. {@link
 * StampedUnvalidatedRead} is the same program without the validation.
 */
public final class StampedOptimisticRead {
  // @expect:none
  // @expect:option(races=on)
  // @expect:summary(fieldAccesses>=1,acquisitions>=1)
  // @expect:twin(target=StampedUnvalidatedRead)
  static final int MOVES = 20_000;

  /** A point whose coordinates its stamped lock guards. */
  static final class Point {
    private final StampedLock lock = new StampedLock();
    private double x;
    private double y;

    void move(double dx, double dy) {
      long stamp = lock.writeLock();
      try {
        x += dx;
        y += dy;
      } finally {
        lock.unlockWrite(stamp);
      }
    }

    double distanceFromOrigin() {
      long stamp = lock.tryOptimisticRead();
      double currentX = x;
      double currentY = y;
      if (!lock.validate(stamp)) {
        stamp = lock.readLock();
        try {
          currentX = x;
          currentY = y;
        } finally {
          lock.unlockRead(stamp);
        }
      }
      return Math.hypot(currentX, currentY);
    }
  }

  private StampedOptimisticRead() {}

  public static void main(String[] args) throws InterruptedException {
    Point point = new Point();
    double[] farthest = new double[1];
    Thread mover =
        new Thread(
            () -> {
              for (int i = 0; i < MOVES; i++) {
                point.move(1, 1);
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
    System.out.println("StampedOptimisticRead: done, farthest seen " + farthest[0]);
  }
}
