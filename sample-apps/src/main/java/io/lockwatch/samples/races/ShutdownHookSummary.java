package io.lockwatch.samples.races;

import java.util.ArrayList;
import java.util.List;

/**
 * The fix for {@link ShutdownHookRacyFlush}, at a real size: 64 non-daemon workers tally 1,000
 * orders each into their own {@code Tally} object, main starts them and returns without joining
 * any, and a shutdown hook registered first prints the grand total with no lock. That is correct:
 * the JVM ({@code DestroyJavaVM}) starts its hooks only after the last non-daemon thread ended, so
 * everything the workers did happens before the hook.
 *
 * <p>Lockwatch should find nothing.
 */
public final class ShutdownHookSummary {
  // @expect:none
  // @expect:option(races=on)
  // @expect:summary(fieldAccesses>=10000)
  // @expect:twin(target=ShutdownHookRacyFlush)
  static final int WORKERS = 64;
  static final int ORDERS = 1_000;

  /** One worker's totals, written by it alone, plain fields. */
  static final class Tally {
    long orders;
    long cents;
  }

  private ShutdownHookSummary() {}

  public static void main(String[] args) {
    List<Tally> tallies = new ArrayList<>();
    for (int w = 0; w < WORKERS; w++) {
      tallies.add(new Tally());
    }
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  long orders = 0;
                  long cents = 0;
                  for (Tally tally : tallies) {
                    orders += tally.orders;
                    cents += tally.cents;
                  }
                  System.out.println(
                      "ShutdownHookSummary: " + orders + " orders, " + cents + " cents in all");
                },
                "summary-on-exit"));
    for (int w = 0; w < WORKERS; w++) {
      Tally tally = tallies.get(w);
      int worker = w;
      new Thread(
              () -> {
                for (int order = 0; order < ORDERS; order++) {
                  tally.orders++;
                  tally.cents += (order * 31L + worker) % 10_000;
                }
              },
              "order-worker-" + w)
          .start();
    }
    System.out.println("ShutdownHookSummary: done");
  }
}
