package io.lockwatch.samples.primitives;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The correct twin of {@link SyncMethodDeadlockDemo}, at the size of a real program: 1,000 nodes, 8
 * threads, 4,000 visits each between two random nodes through the same pair of {@code synchronized}
 * methods, but a visit always enters the node with the lower id first, so every thread nests the
 * monitors in one global order.
 *
 * <p>Lockwatch should see thousands of nested monitor acquisitions of one lock class ({@code Node}
 * nested in itself, edges from lower to higher ids only) and report no lock-order cycle: the
 * class-level self-loop needs a cycle of nodes behind it, and there is none.
 */
public final class SyncMethodNodesOrdered {
  // @expect:none
  // @expect:summary(acquisitions>=20000,edges>=1)
  // @expect:filtered(by=noInstanceCycle)

  static final int NODES = 1_000;
  static final int THREADS = 8;
  static final int VISITS = 4_000;

  /** A node whose synchronized method enters another node's synchronized method. */
  static final class Node {
    final int id;
    long visits;

    Node(int id) {
      this.id = id;
    }

    synchronized void visit(Node other) {
      visits++;
      other.touch();
    }

    synchronized void touch() {
      visits++;
    }
  }

  private SyncMethodNodesOrdered() {}

  public static void main(String[] args) throws InterruptedException {
    List<Node> nodes = new ArrayList<>();
    for (int i = 0; i < NODES; i++) {
      nodes.add(new Node(i));
    }
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      SplittableRandom random = new SplittableRandom(t);
      Thread thread =
          new Thread(
              () -> {
                for (int i = 0; i < VISITS; i++) {
                  Node a = nodes.get(random.nextInt(NODES));
                  Node b = nodes.get(random.nextInt(NODES));
                  if (a != b) {
                    (a.id < b.id ? a : b).visit(a.id < b.id ? b : a);
                  }
                }
              },
              "visitor-" + t);
      threads.add(thread);
      thread.start();
    }
    long total = 0;
    for (Thread thread : threads) {
      thread.join();
    }
    for (Node node : nodes) {
      synchronized (node) {
        total += node.visits;
      }
    }
    System.out.println("SyncMethodNodesOrdered: done, " + total + " visits");
  }
}
