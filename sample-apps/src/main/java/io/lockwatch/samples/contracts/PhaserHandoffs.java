package io.lockwatch.samples.contracts;

import java.util.concurrent.Phaser;

/**
 * A two-party {@code Phaser}: each party fills its half of a buffer, then {@code
 * arriveAndAwaitAdvance}; after the advance each reads the other's half. A third thread that is no
 * party waits with {@code awaitAdvance} and reads both halves: the arrivals happen before it too.
 *
 * <p>Lockwatch should find nothing; its racy twin is {@link RacyPhaserHandoffs}.
 */
public final class PhaserHandoffs {
  // @expect:none
  // @expect:option(races=on)
  // @expect:summary(fieldAccesses>=4)
  // @expect:twin(target=RacyPhaserHandoffs)

  /** Two halves written by two parties. */
  static final class Halves {
    int left;
    int right;
  }

  private PhaserHandoffs() {}

  public static void main(String[] args) throws InterruptedException {
    Phaser phaser = new Phaser(2);
    Halves halves = new Halves();
    int[] seen = new int[3];
    Thread left =
        new Thread(
            () -> {
              halves.left = 1; // @site:write-left
              phaser.arriveAndAwaitAdvance();
              seen[0] = halves.right;
            },
            "left");
    Thread right =
        new Thread(
            () -> {
              halves.right = 2;
              phaser.arriveAndAwaitAdvance();
              seen[1] = halves.left; // @site:read-left
            },
            "right");
    Thread observer =
        new Thread(
            () -> {
              phaser.awaitAdvance(0);
              seen[2] = halves.left + halves.right;
            },
            "observer");
    observer.start();
    left.start();
    right.start();
    left.join();
    right.join();
    observer.join();
    System.out.println("PhaserHandoffs: done, saw " + seen[0] + " " + seen[1] + " " + seen[2]);
  }
}
