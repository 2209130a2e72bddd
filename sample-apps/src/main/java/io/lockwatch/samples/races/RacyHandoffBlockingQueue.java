package io.lockwatch.samples.races;

import static io.lockwatch.samples.SampleThreads.runTogether;
import static io.lockwatch.samples.SampleThreads.thread;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The racy twin of {@link HandoffBlockingQueue}: the consumer already has the order (both threads
 * were given it at start) and peeks at its {@code amount} <em>before</em> taking the hand-off token
 * from the queue. The queue orders only what happens after {@code take}; the peek races with the
 * producer filling the order in, whether or not they collide in time.
 *
 * <p>Lockwatch should report exactly one unguarded field, {@code
 * RacyHandoffBlockingQueue$Order.amount}, {@code observedRace} true, between the producer's write
 * and the consumer's peek at the marked lines.
 */
public final class RacyHandoffBlockingQueue {
  // @expect:race(field=RacyHandoffBlockingQueue$Order.amount,observed=true)
  // @expect:option(races=on)
  // @expect:summary(fieldAccesses>=1)

  /** An order with plain fields. */
  static final class Order {
    long amount;
  }

  /** What the consumer saw; read by main after join(). */
  static final class Seen {
    long peeked;
    long taken;
  }

  private RacyHandoffBlockingQueue() {}

  public static void main(String[] args) throws InterruptedException {
    BlockingQueue<Order> queue = new LinkedBlockingQueue<>();
    Order order = new Order();
    Seen seen = new Seen();
    Thread producer =
        thread(
            "producer",
            () -> {
              Thread.sleep(5);
              order.amount = 42; // @expect:race-write(thread=producer,locks=none)
              queue.put(order); // @site:put
            });
    Thread consumer =
        thread(
            "consumer",
            () -> {
              seen.peeked = order.amount; // @expect:race-read(thread=consumer,locks=none)
              seen.taken = queue.take().amount; // @site:take
            });
    runTogether(producer, consumer);
    System.out.println(
        "RacyHandoffBlockingQueue: done, peeked " + seen.peeked + ", took " + seen.taken);
  }
}
