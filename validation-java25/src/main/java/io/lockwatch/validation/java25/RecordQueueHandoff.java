package io.lockwatch.validation.java25;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Records handed from one virtual thread to another through a {@code BlockingQueue}: {@code put}
 * happens before the matching {@code take}, and a record's fields are final anyway. The consumer
 * keeps its tally in a plain mutable object that {@code main} reads only after {@code join}.
 *
 * <p>Lockwatch should report nothing, while watching the tally's fields; its racy twin {@link
 * VirtualThreadRace} is reported by the same agent.
 */
public final class RecordQueueHandoff {
  // @expect:none @expect:option(races=on) @expect:summary(fieldsTracked>=2,fieldAccesses>=2)
  // @expect:twin(target=VirtualThreadRace)

  /** What the producer hands over: immutable. */
  record Order(int id, String item) {}

  /** The consumer's own tally: mutable, read by main after join. */
  static final class Tally {
    long total;
    int count;
  }

  private RecordQueueHandoff() {}

  public static void main(String[] args) throws InterruptedException {
    BlockingQueue<Order> queue = new ArrayBlockingQueue<>(4);
    Tally tally = new Tally();
    Thread producer =
        Thread.ofVirtual()
            .name("producer")
            .unstarted(
                () -> {
                  try {
                    for (int i = 1; i <= 10; i++) {
                      queue.put(new Order(i, "item-" + i));
                    }
                    queue.put(new Order(-1, "end"));
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                });
    Thread consumer =
        Thread.ofVirtual()
            .name("consumer")
            .unstarted(
                () -> {
                  try {
                    for (Order order = queue.take(); order.id() > 0; order = queue.take()) {
                      tally.total += order.id();
                      tally.count++;
                    }
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                });
    producer.start();
    consumer.start();
    producer.join();
    consumer.join();
    System.out.println(
        "RecordQueueHandoff: done, " + tally.count + " orders, total " + tally.total);
  }
}
