package io.lockwatch.samples.jdk;

import java.util.concurrent.CompletableFuture;

/**
 * Data handed over through {@code CompletableFuture} stages: each stage of the pipeline ({@code
 * thenApply}, {@code thenCombine}, {@code thenCompose}) fills in a field of the order on whichever
 * thread completes the stage before it, and main reads every field after {@code allOf(...).join()}.
 * A stage's completion is published to every stage that depends on it, and to whoever gets its
 * result: no lock needed.
 *
 * <p>Lockwatch should find nothing. Its racy twin, which peeks at a field before the stage that
 * writes it is joined, is {@link CompletableFutureRacyPeek}.
 */
public final class CompletableFutureStages {
  // @expect:none
  // @expect:option(jdk=on)
  // @expect:summary(fieldAccesses>=8)
  // @expect:twin(target=CompletableFutureRacyPeek)

  /** An order, filled in stage by stage. */
  static final class Order {
    int quantity;
    long price;
    long tax;
    long total;
    String receipt;
  }

  private CompletableFutureStages() {}

  public static void main(String[] args) {
    Order order = new Order();
    order.quantity = 3;
    CompletableFuture<Order> priced =
        CompletableFuture.supplyAsync(
            () -> {
              order.price = order.quantity * 10L;
              return order;
            });
    CompletableFuture<Order> taxed =
        priced.thenApply(
            placed -> {
              placed.tax = placed.price / 10;
              return placed;
            });
    CompletableFuture<Long> shipping = CompletableFuture.supplyAsync(() -> 5L);
    CompletableFuture<Order> totalled =
        taxed.thenCombine(
            shipping,
            (placed, cost) -> {
              placed.total = placed.price + placed.tax + cost;
              return placed;
            });
    CompletableFuture<Order> receipted =
        totalled.thenCompose(
            placed ->
                CompletableFuture.supplyAsync(
                    () -> {
                      placed.receipt = "total " + placed.total;
                      return placed;
                    }));
    CompletableFuture.allOf(receipted, shipping).join();
    System.out.println(
        "CompletableFutureStages: done, " + order.receipt + " (tax " + order.tax + ")");
  }
}
