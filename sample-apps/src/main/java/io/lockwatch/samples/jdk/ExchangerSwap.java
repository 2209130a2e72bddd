package io.lockwatch.samples.jdk;

import java.util.concurrent.Exchanger;

/**
 * Data handed over through an {@code Exchanger}: the filler fills a buffer and swaps it for the
 * emptier's empty one; the emptier reads the full buffer after the swap. What each thread did
 * before {@code exchange} happens before what the other does after its {@code exchange} returns: no
 * lock needed.
 *
 * <p>Lockwatch should find nothing. Its racy twin, whose filler goes on writing into the buffer it
 * handed over, is {@link ExchangerRacyRefill}.
 */
public final class ExchangerSwap {
  // @expect:none
  // @expect:option(jdk=on)
  // @expect:summary(fieldAccesses>=2)
  // @expect:twin(target=ExchangerRacyRefill)

  /** A buffer with plain fields. */
  static final class Buffer {
    int count;
    String last;
  }

  private ExchangerSwap() {}

  public static void main(String[] args) throws InterruptedException {
    Exchanger<Buffer> exchanger = new Exchanger<>();
    String[] seen = new String[1];
    Thread filler =
        new Thread(
            () -> {
              Buffer full = new Buffer();
              full.count = 3;
              full.last = "c";
              swap(exchanger, full);
            },
            "filler");
    Thread emptier =
        new Thread(
            () -> {
              Buffer full = swap(exchanger, new Buffer());
              seen[0] = full.count + " items, last " + full.last;
            },
            "emptier");
    Threads.runTogether(filler, emptier);
    System.out.println("ExchangerSwap: done, " + seen[0]);
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
