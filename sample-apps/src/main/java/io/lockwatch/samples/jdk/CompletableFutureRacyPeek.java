package io.lockwatch.samples.jdk;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The racy twin of {@link CompletableFutureStages}: main peeks at the tax (to show progress) before
 * joining the stage that computes it. Only a completed {@code join} (or {@code get}) orders the
 * stage's writes before main's reads; the peek races with the stage, however the two fall in time.
 *
 * <p>Lockwatch should report exactly one unguarded field, {@code
 * CompletableFutureRacyPeek$Order.tax}, between the stage's write on the stage thread and main's
 * peek.
 */
public final class CompletableFutureRacyPeek {
  // @expect:race(field=CompletableFutureRacyPeek$Order.tax,observed=true)
  // @expect:option(jdk=on)
  // @expect:summary(fieldAccesses>=2)

  /** An order, filled in by a stage. */
  static final class Order {
    long price;
    long tax;
  }

  private CompletableFutureRacyPeek() {}

  public static void main(String[] args) {
    ExecutorService stages = Executors.newSingleThreadExecutor(task -> new Thread(task, "stage"));
    Order order = new Order();
    order.price = 30;
    CompletableFuture<Order> taxed =
        CompletableFuture.completedFuture(order)
            .thenApplyAsync(
                placed -> {
                  placed.tax = placed.price / 10; // @expect:race-write(thread=stage,locks=none)
                  return placed;
                },
                stages);
    Threads.pause(30);
    long early = order.tax; // @expect:race-read(thread=main,locks=none)
    taxed.join();
    stages.shutdown();
    System.out.println("CompletableFutureRacyPeek: done, peeked " + early + ", tax " + order.tax);
  }
}
