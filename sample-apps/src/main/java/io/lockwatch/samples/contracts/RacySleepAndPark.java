package io.lockwatch.samples.contracts;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Two hand-offs that work on a quiet machine and are still races: a reader that waits "long enough"
 * with {@code Thread.sleep} before it reads what a writer wrote, and a reader woken by the writer's
 * {@code LockSupport.unpark}. Neither sleeping nor parking is a synchronization action (JLS
 * 17.4.2): nothing orders the write before the read, so the reader may see the old value (and
 * {@code park} may also return spuriously, before the write).
 *
 * <p>Lockwatch should report both fields. The fixes hand the value over through something that
 * orders memory: a latch ({@code LatchEvent}), a volatile flag, a queue.
 */
public final class RacySleepAndPark {
  // @expect:race(field=RacySleepAndPark$Box.afterSleep,observed=true)
  // @expect:race(field=RacySleepAndPark$Box.afterPark,observed=true)
  // @expect:option(races=on)
  // @expect:summary(fieldAccesses>=4)

  /** What the writer leaves for the readers, in plain fields. */
  static final class Box {
    String afterSleep;
    String afterPark;
    String[] seen = new String[2];
  }

  private RacySleepAndPark() {}

  public static void main(String[] args) throws InterruptedException {
    Box box = new Box();
    Thread sleeper = new Thread(() -> sleepThenRead(box), "sleeper");
    Thread parker = new Thread(() -> parkThenRead(box), "parker");
    sleeper.start();
    parker.start();
    Thread writer = new Thread(() -> write(box, parker), "writer");
    writer.start();
    writer.join();
    sleeper.join();
    parker.join();
    System.out.println("RacySleepAndPark: done, saw " + box.seen[0] + " and " + box.seen[1]);
  }

  private static void sleepThenRead(Box box) {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    box.seen[0] = box.afterSleep; // @expect:race-read(field=RacySleepAndPark$Box.afterSleep)
  }

  private static void parkThenRead(Box box) {
    LockSupport.parkNanos(TimeUnit.SECONDS.toNanos(2));
    box.seen[1] = box.afterPark; // @expect:race-read(field=RacySleepAndPark$Box.afterPark)
  }

  private static void write(Box box, Thread parker) {
    box.afterSleep = "slept"; // @expect:race-write(field=RacySleepAndPark$Box.afterSleep)
    box.afterPark = "parked"; // @expect:race-write(field=RacySleepAndPark$Box.afterPark)
    LockSupport.unpark(parker);
  }
}
