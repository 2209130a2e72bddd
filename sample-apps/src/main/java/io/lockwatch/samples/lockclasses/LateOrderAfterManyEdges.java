package io.lockwatch.samples.lockclasses;

import static io.lockwatch.samples.SampleThreads.runAlone;

import io.lockwatch.samples.lockclasses.LateCycleAfterManyEdges.Node;

/**
 * The correct twin of {@link LateCycleAfterManyEdges}: the same 3,000 nested nodes under {@code
 * maxEdges=1000}, then {@code booker} and {@code auditor} both take {@code BOOK} before {@code
 * AUDIT}. There is no cycle, and Lockwatch reports none; but facts between lock objects were
 * dropped, so the report still says it is incomplete ({@code maxEdges}): silence that is not
 * complete is never read as clean.
 */
public final class LateOrderAfterManyEdges {
  // @expect:none
  // @expect:summary(acquisitions>=6000,edges>=1000)
  // @expect:incomplete(budget=maxEdges)
  // @expect:option(maxEdges=1000)
  static final Object BOOK = new Object();
  static final Object AUDIT = new Object();
  private static long steps;

  private LateOrderAfterManyEdges() {}

  public static void main(String[] args) throws InterruptedException {
    Node head = LateCycleAfterManyEdges.chain(LateCycleAfterManyEdges.NODES);
    runAlone("walker", () -> LateCycleAfterManyEdges.walk(head));
    runAlone("booker", LateOrderAfterManyEdges::bookThenAudit);
    runAlone("auditor", LateOrderAfterManyEdges::bookThenAudit);
    System.out.println("LateOrderAfterManyEdges: done, " + steps + " steps");
  }

  private static void bookThenAudit() {
    synchronized (BOOK) {
      synchronized (AUDIT) {
        steps++;
      }
    }
  }
}
