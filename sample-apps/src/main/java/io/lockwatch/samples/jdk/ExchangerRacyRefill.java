package io.lockwatch.samples.jdk;

import java.util.concurrent.Exchanger;

/**
 * The racy twin of {@link ExchangerSwap}: the filler goes on writing into the buffer it has just
 * handed over. Only what it did before {@code exchange} is published to the emptier; the late write
 * races with the emptier's read.
 *
 * <p>Lockwatch should report exactly one unguarded field, {@code ExchangerRacyRefill$Buffer.count},
 * between the filler's late write and the emptier's read.
 */
public final class ExchangerRacyRefill {
  // @expect:race(field=ExchangerRacyRefill$Buffer.count,observed=true)
  // @expect:option(jdk=on)
  // @expect:summary(fieldAccesses>=2)

  /** A buffer with a plain field. */
  static final class Buffer {
    int count;
  }

  private ExchangerRacyRefill() {}

  public static void main(String[] args) throws InterruptedException {
    Exchanger<Buffer> exchanger = new Exchanger<>();
    int[] seen = new int[1];
    Thread filler =
        new Thread(
            () -> {
              Buffer full = new Buffer();
              full.count = 3;
              swap(exchanger, full);
              full.count = 4; // @expect:race-write(thread=filler,locks=none)
            },
            "filler");
    Thread emptier =
        new Thread(
            () -> {
              Buffer full = swap(exchanger, new Buffer());
              Threads.pause(30);
              seen[0] = full.count; // @expect:race-read(thread=emptier,locks=none)
            },
            "emptier");
    Threads.runTogether(filler, emptier);
    System.out.println("ExchangerRacyRefill: done, saw " + seen[0] + " items");
  }

  private static Buffer swap(Exchanger<Buffer> exchanger, Buffer mine) {
    try {
      return exchanger.exchange(mine);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return mine;
    }
  }
}
