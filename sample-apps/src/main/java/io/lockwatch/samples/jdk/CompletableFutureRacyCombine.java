package io.lockwatch.samples.jdk;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Another racy twin of {@link CompletableFutureStages}: the function of a {@code thenCombine} reads
 * the order's auditor, which an auditor thread sets on its own. The combined stage is ordered after
 * its two inputs (the price and the shipping), not after anything else, so the read races with the
 * auditor's write however the two fall in time; {@code allOf(...).join()} then orders everything
 * before main, too late for the stage.
 *
 * <p>Lockwatch should report exactly one unguarded field, {@code
 * CompletableFutureRacyCombine$Order.auditor}, between the auditor's write and the combining
 * stage's read; the price and shipping the stage also reads come through its inputs and are not
 * reported.
 */
public final class CompletableFutureRacyCombine {
  // @expect:race(field=CompletableFutureRacyCombine$Order.auditor,observed=true)
  // @expect:option(jdk=on)
  // @expect:summary(fieldAccesses>=4)

  /** An order, priced by one stage and checked by an auditor outside the pipeline. */
  static final class Order {
    long price;
    String auditor = "nobody";
  }

  private CompletableFutureRacyCombine() {}

  public static void main(String[] args) throws InterruptedException {
    ExecutorService stages = Executors.newFixedThreadPool(2, task -> new Thread(task, "stage"));
    Order order = new Order();
    Thread auditor =
        new Thread(
            () -> {
              order.auditor = "night shift"; // @expect:race-write(thread=auditor,locks=none)
            },
            "auditor");
    auditor.start();
    Threads.pause(30);
    CompletableFuture<Order> priced =
        CompletableFuture.supplyAsync(
            () -> {
              order.price = 30;
              return order;
            },
            stages);
    CompletableFuture<Long> shipping = CompletableFuture.supplyAsync(() -> 5L, stages);
    CompletableFuture<String> receipt =
        priced.thenCombine(
            shipping,
            (placed, cost) -> {
              String checkedBy = placed.auditor; // @expect:race-read(locks=none)
              return "total " + (placed.price + cost) + ", checked by " + checkedBy;
            });
    CompletableFuture.allOf(receipt, shipping).join();
    auditor.join();
    stages.shutdown();
    System.out.println("CompletableFutureRacyCombine: done, " + receipt.join());
  }
}
