package io.lockwatch.samples.contracts;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.atomic.AtomicReferenceFieldUpdater;

/**
 * Lock-free code written with a {@code VarHandle} and a field updater, as libraries do: a node's
 * payload is written, then the node is published by {@code setRelease} of its own flag and read
 * after {@code getAcquire} saw the flag; a slot of an array handle hands its cell over; an updater
 * links a node with {@code compareAndSet} and the reader follows the link it read with {@code get}.
 * Each orders the object it touches: here, the same object on both sides.
 *
 * <p>Lockwatch should find nothing; its racy twin is {@link RacyHandleHandoffs}.
 */
public final class HandleHandoffs {
  // @expect:none
  // @expect:option(races=on)
  // @expect:summary(fieldAccesses>=3)
  // @expect:twin(target=RacyHandleHandoffs)

  /** A node of a lock-free structure. */
  static final class Node {
    int payload;
    int ready;
    volatile Node next;
  }

  private static final VarHandle READY;
  private static final VarHandle CELLS = MethodHandles.arrayElementVarHandle(Node[].class);
  private static final AtomicReferenceFieldUpdater<Node, Node> NEXT =
      AtomicReferenceFieldUpdater.newUpdater(Node.class, Node.class, "next");

  static {
    try {
      READY = MethodHandles.lookup().findVarHandle(Node.class, "ready", int.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private HandleHandoffs() {}

  public static void main(String[] args) throws InterruptedException {
    Node head = new Node();
    Node[] cells = new Node[8];
    int[] seen = new int[3];
    Thread writer =
        new Thread(
            () -> {
              head.payload = 11; // @site:payload
              READY.setRelease(head, 1);
              Node cell = new Node();
              cell.payload = 22;
              CELLS.setRelease(cells, 5, cell);
              Node linked = new Node();
              linked.payload = 33;
              NEXT.compareAndSet(head, null, linked);
            },
            "writer");
    Thread reader =
        new Thread(
            () -> {
              while ((int) READY.getAcquire(head) == 0) {
                Thread.onSpinWait();
              }
              seen[0] = head.payload; // @site:read-payload
              Node cell;
              while ((cell = (Node) CELLS.getAcquire(cells, 5)) == null) {
                Thread.onSpinWait();
              }
              seen[1] = cell.payload;
              Node linked;
              while ((linked = NEXT.get(head)) == null) {
                Thread.onSpinWait();
              }
              seen[2] = linked.payload;
            },
            "reader");
    writer.start();
    reader.start();
    writer.join();
    reader.join();
    System.out.println("HandleHandoffs: done, saw " + seen[0] + " " + seen[1] + " " + seen[2]);
  }
}
