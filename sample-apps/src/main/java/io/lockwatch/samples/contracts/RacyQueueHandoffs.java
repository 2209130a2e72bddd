package io.lockwatch.samples.contracts;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The racy twin of {@link QueueHandoffs}: an order changed after it was offered, and a listener
 * changed after it was added to the copy-on-write list. The consumers see the hand-off, not what
 * came after it.
 *
 * <p>Lockwatch should report both fields, each between the marked accesses.
 */
public final class RacyQueueHandoffs {
  // @expect:race(field=RacyQueueHandoffs$Order.quantity,observed=true)
  // @expect:race(field=RacyQueueHandoffs$Listener.calls,observed=true)
  // @expect:option(races=on)
  // @expect:summary(fieldAccesses>=2)

  /** An order handed over through the queue. */
  static final class Order {
    int quantity;
  }

  /** A listener handed over through the list. */
  static final class Listener {
    int calls;
  }

  private RacyQueueHandoffs() {}

  public static void main(String[] args) throws InterruptedException {
    Queue<Order> orders = new ConcurrentLinkedQueue<>();
    List<Listener> listeners = new CopyOnWriteArrayList<>();
    int[] seen = new int[1];
    Thread producer = new Thread(() -> produce(orders, listeners), "pub");
    Thread consumer = new Thread(() -> seen[0] = consume(orders, listeners), "sub");
    producer.start();
    consumer.start();
    producer.join();
    consumer.join();
    System.out.println("RacyQueueHandoffs: done, saw " + seen[0]);
  }

  private static void produce(Queue<Order> orders, List<Listener> listeners) {
    Order o = new Order();
    orders.offer(o);
    o.quantity = 3; // @expect:race-write(thread=pub,field=RacyQueueHandoffs$Order.quantity)
    Listener l = new Listener();
    listeners.add(l);
    l.calls = 1; // @expect:race-write(thread=pub,field=RacyQueueHandoffs$Listener.calls)
  }

  private static int consume(Queue<Order> orders, List<Listener> listeners) {
    Order o;
    while ((o = orders.poll()) == null) {
      Thread.onSpinWait();
    }
    int n = o.quantity; // @expect:race-read(thread=sub,field=RacyQueueHandoffs$Order.quantity)
    while (listeners.isEmpty()) {
      Thread.onSpinWait();
    }
    Listener l = listeners.get(0);
    return n + l.calls; // @expect:race-read(thread=sub,field=RacyQueueHandoffs$Listener.calls)
  }
}
