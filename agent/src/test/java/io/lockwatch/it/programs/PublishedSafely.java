package io.lockwatch.it.programs;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicReferenceFieldUpdater;

/**
 * Objects handed from one thread to another through VarHandle and field-updater compare-and-set, a
 * Collections.synchronizedMap around an application map, and BlockingQueue.drainTo: all correct, so
 * no unguarded field. With an argument, also one plain unsafe publication (one race).
 */
public final class PublishedSafely {
  static final class Node {
    int value;

    Node(int value) {
      this.value = value;
    }
  }

  /** An application map whose own field is touched by every put. */
  static final class CountingMap extends HashMap<String, Node> {
    int puts;

    @Override
    public Node put(String key, Node value) {
      puts++;
      return super.put(key, value);
    }
  }

  volatile Node viaVarHandle;
  volatile Node viaUpdater;
  Node unsafely;

  private static final VarHandle VAR_HANDLE;
  private static final AtomicReferenceFieldUpdater<PublishedSafely, Node> UPDATER =
      AtomicReferenceFieldUpdater.newUpdater(PublishedSafely.class, Node.class, "viaUpdater");

  static {
    try {
      VAR_HANDLE =
          MethodHandles.lookup().findVarHandle(PublishedSafely.class, "viaVarHandle", Node.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /** An application's own pool that only adds a hook on termination: its tasks are handed over. */
  static final class NamedPool extends java.util.concurrent.ThreadPoolExecutor {
    NamedPool() {
      super(
          2,
          2,
          1,
          java.util.concurrent.TimeUnit.SECONDS,
          new java.util.concurrent.LinkedBlockingQueue<>());
    }

    @Override
    protected void terminated() {
      System.out.println("pool terminated");
    }
  }

  private static void handOffThroughAnApplicationsPool() throws Exception {
    NamedPool pool = new NamedPool();
    Node node = new Node(0);
    node.value = 6;
    java.util.concurrent.Future<Integer> doubled = pool.submit(() -> node.value *= 2);
    System.out.println("pool " + doubled.get() + " " + node.value);
    pool.shutdown();
    pool.awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS);
  }

  public static void main(String[] args) throws Exception {
    PublishedSafely holder = new PublishedSafely();
    Map<String, Node> shared = Collections.synchronizedMap(new CountingMap());
    BlockingQueue<Node> queue = new ArrayBlockingQueue<>(4);
    Thread producer =
        new Thread(
            () -> {
              VAR_HANDLE.compareAndSet(holder, null, new Node(1));
              UPDATER.compareAndSet(holder, null, new Node(2));
              shared.put("k", new Node(3));
              queue.offer(new Node(4));
            },
            "producer");
    Thread consumer =
        new Thread(
            () -> {
              int sum = 0;
              Node a;
              while ((a = (Node) VAR_HANDLE.getAcquire(holder)) == null) {
                Thread.onSpinWait();
              }
              sum += a.value;
              Node b;
              while ((b = UPDATER.get(holder)) == null) {
                Thread.onSpinWait();
              }
              sum += b.value;
              Node c;
              while ((c = shared.get("k")) == null) {
                Thread.onSpinWait();
              }
              sum += c.value;
              shared.put("k2", c);
              List<Node> batch = new ArrayList<>();
              while (batch.isEmpty()) {
                queue.drainTo(batch);
              }
              sum += batch.get(0).value;
              System.out.println("sum " + sum);
            },
            "consumer");
    producer.start();
    consumer.start();
    producer.join();
    consumer.join();
    handOffThroughAnApplicationsPool();
    if (args.length > 0) {
      Thread writer = new Thread(() -> holder.unsafely = new Node(5), "writer");
      writer.start();
      Thread.sleep(50);
      Node seen = holder.unsafely;
      System.out.println("unsafe " + (seen == null ? 0 : seen.value));
      writer.join();
    }
  }
}
