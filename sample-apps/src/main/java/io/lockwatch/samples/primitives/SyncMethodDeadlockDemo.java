package io.lockwatch.samples.primitives;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A deadlock that really happens through {@code synchronized} methods: each of two nodes calls the
 * other's synchronized method from its own, once both are inside. Both threads block entering a
 * method, which the agent sees only once the JVM owns the monitor; the watchdog records their order
 * when it finds them stuck, so the report has the lock-order cycle too, and names both monitors as
 * held, each as {@code this} of its {@code Node}. The correct twin is {@link
 * SyncMethodNodesOrdered}. Run only under Lockwatch with {@code onDeadlock=exit}: it ends with exit
 * code 86.
 */
public final class SyncMethodDeadlockDemo {
  // @expect:exit(code=86,within=30s,reason=deadlock)
  // @expect:deadlock(detectedBy=jvm)
  // @expect:deadlocked(thread=left,holds="SyncMethodDeadlockDemo$Node
  // (this)",waitsFor="SyncMethodDeadlockDemo$Node (this) held by 'right'")
  // @expect:deadlocked(thread=right,holds="SyncMethodDeadlockDemo$Node
  // (this)",waitsFor="SyncMethodDeadlockDemo$Node (this) held by 'left'")
  // @expect:cycle(kind=deadlock,severity=high,lockKind=monitor)
  // @expect:summary(acquisitions>=2)

  /** How many threads are inside their first node's method. */
  private static final AtomicInteger inside = new AtomicInteger();

  /** A node whose synchronized method calls its neighbour's. */
  static final class Node {
    Node neighbour;

    synchronized void visit() {
      inside.incrementAndGet(); // @expect:cycle-held(thread=left+right)
      while (inside.get() < 2) {
        Thread.onSpinWait();
      }
      neighbour.touch();
    }

    synchronized void touch() {
      System.out.println("never reached"); // @expect:cycle-acquired(thread=left+right)
    }
  }

  private SyncMethodDeadlockDemo() {}

  public static void main(String[] args) throws InterruptedException {
    Node a = new Node();
    Node b = new Node();
    a.neighbour = b;
    b.neighbour = a;
    Thread left = new Thread(a::visit, "left");
    Thread right = new Thread(b::visit, "right");
    left.start();
    right.start();
    left.join();
    right.join();
    System.out.println("SyncMethodDeadlockDemo: done (this line is never printed)");
  }
}
