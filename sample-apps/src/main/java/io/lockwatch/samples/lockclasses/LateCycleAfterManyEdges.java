package io.lockwatch.samples.lockclasses;

import static io.lockwatch.samples.SampleThreads.runAlone;

/**
 * A lock-order cycle that forms only after the facts between lock objects have run out of room:
 * {@code walker} first nests 3,000 linked nodes, each in the next, 2,999 distinct edges between
 * lock objects (this sample runs with {@code maxEdges=1000}, so most are dropped); only then do
 * {@code booker} and {@code auditor} take {@code BOOK} and {@code AUDIT} in opposite orders.
 *
 * <p>The facts between lock classes are never dropped, so Lockwatch still reports the late cycle:
 * as predicted, one severity lower ({@code medium}), since without the dropped facts it cannot tell
 * whether this run's own objects closed it, and says so. The report says that facts were dropped
 * ({@code summary.incomplete}: {@code maxEdges}), so {@code check} does not pass it as complete.
 */
public final class LateCycleAfterManyEdges {
  // @expect:cycle(kind=deadlock,severity=medium,predicted=true,detail="closed this cycle is not
  // known")
  // @expect:incomplete(budget=maxEdges)
  // @expect:option(maxEdges=1000)
  // @expect:summary(acquisitions>=6000,edges>=1000)
  static final int NODES = 3_000;
  static final Object BOOK = new Object();
  static final Object AUDIT = new Object();
  private static long steps;

  /** A node of a chain, locked while its successor is. */
  static final class Node {
    Node next;
  }

  private LateCycleAfterManyEdges() {}

  public static void main(String[] args) throws InterruptedException {
    Node head = chain(NODES);
    runAlone("walker", () -> walk(head));
    runAlone("booker", LateCycleAfterManyEdges::book);
    runAlone("auditor", LateCycleAfterManyEdges::audit);
    System.out.println("LateCycleAfterManyEdges: done, " + steps + " steps");
  }

  static Node chain(int length) {
    Node head = new Node();
    Node tail = head;
    for (int i = 1; i < length; i++) {
      tail.next = new Node();
      tail = tail.next;
    }
    return head;
  }

  /** Holds each node while it locks the next: one edge between lock objects per link. */
  static void walk(Node head) {
    for (Node node = head; node.next != null; node = node.next) {
      synchronized (node) {
        synchronized (node.next) {
          steps++;
        }
      }
    }
  }

  private static void book() {
    synchronized (BOOK) { // @expect:cycle-held(thread=booker)
      synchronized (AUDIT) { // @expect:cycle-acquired(thread=booker)
        steps++;
      }
    }
  }

  private static void audit() {
    synchronized (AUDIT) { // @expect:cycle-held(thread=auditor)
      synchronized (BOOK) { // @expect:cycle-acquired(thread=auditor)
        steps++;
      }
    }
  }
}
