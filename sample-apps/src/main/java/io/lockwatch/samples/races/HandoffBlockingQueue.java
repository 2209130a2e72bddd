package io.lockwatch.samples.races;

import static io.lockwatch.samples.SampleThreads.runTogether;
import static io.lockwatch.samples.SampleThreads.thread;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Handing a mutable object from one thread to another through a {@link BlockingQueue}: the producer
 * fills each order's plain fields and {@code put}s it; the consumer {@code take}s it and then reads
 * and updates it. The producer never touches an order again after putting it. A queue's contract
 * orders what the producer did before {@code put} before what the consumer does after {@code take},
 * so no field needs a lock.
 *
 * <p>Lockwatch should find nothing in any section. The program takes no lock; its racy twin is
 * {@link RacyHandoffBlockingQueue}.
 */
public final class HandoffBlockingQueue {
  // @expect:none
  // @expect:option(races=on)
  // @expect:summary(fieldsTracked>=3,fieldAccesses>=3)
  // @expect:twin(target=RacyHandoffBlockingQueue)
  static final int ORDERS = 5;

  /** An order with plain fields, owned by one thread at a time. */
  static final class Order {
    int number;
    String item;
    boolean shipped;
  }

  /** The consumer's tally; read by main after join(). */
  static final class Tally {
    int shipped;
  }

  private HandoffBlockingQueue() {}

  public static void main(String[] args) throws InterruptedException {
    BlockingQueue<Order> queue = new LinkedBlockingQueue<>();
    Tally tally = new Tally();
    Thread producer =
        thread(
            "producer",
            () -> {
              for (int i = 1; i <= ORDERS; i++) {
                Order order = new Order();
                order.number = i; // @site:fill
                order.item = "item-" + i;
                queue.put(order); // @site:put
              }
            });
    Thread consumer =
        thread(
            "consumer",
            () -> {
              for (int i = 1; i <= ORDERS; i++) {
                Order order = queue.take(); // @site:take
                if (order.item != null && order.number == i) { // @site:read
                  order.shipped = true;
                  tally.shipped++;
                }
              }
            });
    runTogether(producer, consumer);
    System.out.println("HandoffBlockingQueue: done, " + tally.shipped + " orders shipped");
  }
}
