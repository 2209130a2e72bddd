package io.lockwatch.samples.contracts;

import java.util.concurrent.Phaser;

/**
 * The racy twin of {@link PhaserHandoffs}: a thread that is no party writes a note, then waits with
 * {@code awaitAdvance}. Waiting is not arriving: it publishes nothing, so the parties' reads of the
 * note after the advance race with its write.
 *
 * <p>Lockwatch should report the note, between the marked accesses.
 */
public final class RacyPhaserHandoffs {
  // @expect:race(field=RacyPhaserHandoffs$Board.note,observed=true)
  // @expect:option(races=on)
  // @expect:summary(fieldAccesses>=2)

  /** A board the waiter writes on. */
  static final class Board {
    int note;
  }

  private RacyPhaserHandoffs() {}

  public static void main(String[] args) throws InterruptedException {
    Phaser phaser = new Phaser(1);
    Board board = new Board();
    int[] seen = new int[1];
    Thread waiter =
        new Thread(
            () -> {
              board.note = 7; // @expect:race-write(thread=waiter)
              phaser.awaitAdvance(0);
            },
            "waiter");
    Thread party =
        new Thread(
            () -> {
              try {
                Thread.sleep(50);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              phaser.arriveAndAwaitAdvance();
              seen[0] = board.note; // @expect:race-read(thread=party)
            },
            "party");
    waiter.start();
    party.start();
    waiter.join();
    party.join();
    System.out.println("RacyPhaserHandoffs: done, saw " + seen[0]);
  }
}
