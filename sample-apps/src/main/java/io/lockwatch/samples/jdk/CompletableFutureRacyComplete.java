package io.lockwatch.samples.jdk;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The racy twin of {@link CompletableFutureComplete}: the producer changes the quote after
 * completing the future with it. Only what it did before {@code complete} is published; the late
 * write races with main's read after {@code get}.
 *
 * <p>Lockwatch should report exactly one unguarded field, {@code
 * CompletableFutureRacyComplete$Quote.price}, between the producer's late write and main's read.
 */
public final class CompletableFutureRacyComplete {
  // @expect:race(field=CompletableFutureRacyComplete$Quote.price,observed=true)
  // @expect:option(jdk=on)
  // @expect:summary(fieldAccesses>=2)

  /** A quote with a plain field. */
  static final class Quote {
    long price;
  }

  private CompletableFutureRacyComplete() {}

  public static void main(String[] args) throws InterruptedException, ExecutionException {
    CompletableFuture<Quote> ready = new CompletableFuture<>();
    Thread producer =
        new Thread(
            () -> {
              Quote quote = new Quote();
              ready.complete(quote);
              quote.price = 42; // @expect:race-write(thread=producer,locks=none)
            },
            "producer");
    producer.start();
    Quote quote = ready.get();
    Threads.pause(30);
    long price = quote.price; // @expect:race-read(thread=main,locks=none)
    producer.join();
    System.out.println("CompletableFutureRacyComplete: done, price " + price);
  }
}
