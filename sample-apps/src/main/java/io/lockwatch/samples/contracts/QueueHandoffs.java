package io.lockwatch.samples.contracts;

import java.util.Deque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Lock-free queues and copy-on-write lists as the JDK documents them, used through their
 * interfaces: orders built by a producer and {@code offer}ed are read after {@code poll} returned
 * them; a stack of undo steps {@code push}ed and {@code pop}ped; listeners registered with {@code
 * add} and read while iterating. An empty {@code poll} hands nothing over, and nothing is needed.
 *
 * <p>Lockwatch should find nothing; its racy twin is {@link RacyQueueHandoffs}.
 */
public final class QueueHandoffs {
  // @expect:none
  // @expect:option(races=on)
  // @expect:summary(fieldAccesses>=6)
  // @expect:twin(target=RacyQueueHandoffs)
  static final int ORDERS = 100;

  /** Plain data handed over through the collections. */
  static final class Order {
    int quantity;
  }

  private QueueHandoffs() {}

  public static void main(String[] args) throws InterruptedException {
    Queue<Order> orders = new ConcurrentLinkedQueue<>();
    Deque<Order> undo = new ConcurrentLinkedDeque<>();
    List<Order> listeners = new CopyOnWriteArrayList<>();
    long[] totals = new long[3];
    Thread producer =
        new Thread(
            () -> {
              for (int i = 1; i <= ORDERS; i++) {
                Order order = new Order();
                order.quantity = i; // @site:fill-order
                orders.offer(order);
              }
              Order step = new Order();
              step.quantity = 5;
              undo.push(step);
              Order listener = new Order();
              listener.quantity = 2;
              listeners.add(listener);
            },
            "producer");
    Thread consumer =
        new Thread(
            () -> {
              for (int taken = 0; taken < ORDERS; ) {
                Order order = orders.poll();
                if (order != null) {
                  totals[0] += order.quantity; // @site:read-order
                  taken++;
                }
              }
              Order step;
              while ((step = undo.pollFirst()) == null) {
                Thread.onSpinWait();
              }
              totals[1] = step.quantity;
              while (listeners.isEmpty()) {
                Thread.onSpinWait();
              }
              for (Order listener : listeners) {
                totals[2] += listener.quantity;
              }
            },
            "consumer");
    producer.start();
    consumer.start();
    producer.join();
    consumer.join();
    System.out.println(
        "QueueHandoffs: done, " + totals[0] + " items, undo " + totals[1] + ", " + totals[2]);
  }
}
