package io.lockwatch.samples.jdk;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Data handed over by completing a {@code CompletableFuture}: the producer fills in the quote and
 * then completes the future with it; main reads the quote after {@code get()} returns it. What a
 * thread does before {@code complete} happens before whatever another thread does after {@code get}
 * or {@code join} returned the value: no lock needed.
 *
 * <p>Lockwatch should find nothing. Its racy twin, which changes the quote after completing the
 * future, is {@link CompletableFutureRacyComplete}.
 */
public final class CompletableFutureComplete {
  // @expect:none
  // @expect:option(jdk=on)
  // @expect:summary(fieldAccesses>=2)
  // @expect:twin(target=CompletableFutureRacyComplete)

  /** A quote with a plain field. */
  static final class Quote {
    long price;
  }

  private CompletableFutureComplete() {}

  public static void main(String[] args) throws InterruptedException, ExecutionException {
    CompletableFuture<Quote> ready = new CompletableFuture<>();
    Thread producer =
        new Thread(
            () -> {
              Quote quote = new Quote();
              quote.price = 42;
              ready.complete(quote);
            },
            "producer");
    producer.start();
    long price = ready.get().price;
    long again = ready.join().price;
    producer.join();
    System.out.println("CompletableFutureComplete: done, price " + price + " and " + again);
  }
}
